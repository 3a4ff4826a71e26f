/**
 * The bill whose answer has not come yet, kept in this tab's session storage: if the page is
 * reloaded — or the browser shows its offline page — before the server answered, the bill comes
 * back when the page does and is sent again under its own Idempotency-Key (never charged twice).
 * It is dropped as soon as an answer arrives. Session storage ends with the tab; the settlement
 * token in it is only usable by this terminal, with its key in an httpOnly cookie.
 */
import type { SettlementBody } from "./bill-draft";

export interface PendingBill {
  key: string;
  body: SettlementBody;
  /** What the clerk sees of it until it is settled. */
  maskedName: string;
  totalFen: number;
  lineCount: number;
}

const STORE = "yb.terminal.pending-bill";

export function savePendingBill(bill: PendingBill): void {
  try {
    window.sessionStorage.setItem(STORE, JSON.stringify(bill));
  } catch {
    // Storage refused (private window, full): the bill is still kept on screen.
  }
}

export function readPendingBill(): PendingBill | null {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(STORE) ?? "null");
    if (value === null || typeof value !== "object") return null;
    const bill = value as Partial<PendingBill>;
    const body = bill.body as Partial<SettlementBody> | undefined;
    const whole = typeof bill.key === "string" && typeof bill.maskedName === "string" && typeof bill.totalFen === "number" && typeof bill.lineCount === "number";
    return whole && body && typeof body.settlementToken === "string" && Array.isArray(body.lines) ? (bill as PendingBill) : null;
  } catch {
    return null;
  }
}

export function clearPendingBill(): void {
  try {
    window.sessionStorage.removeItem(STORE);
  } catch {
    // Nothing to clear.
  }
}
