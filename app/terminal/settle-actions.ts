"use server";
import { getCookieTerminal } from "@/lib/auth/terminal-session";
import { getDb } from "@/lib/db/client";
import { toUserError } from "@/lib/errors/to-user-error";
import { reverseAtTerminal, settleAtTerminal } from "@/lib/terminal/settlements";
import type { TerminalSettlementDto } from "@/lib/terminal/settlement-dto";
import { idempotencyKeySchema, reversalRequestSchema, terminalSettlementRequestSchema } from "@/lib/terminal/settlement-request";

export type TerminalSettleResult =
  | { ok: true; data: TerminalSettlementDto }
  | { ok: false; error: { code: string; message: { zh: string; en: string } } };

const signedOut = {
  ok: false as const,
  error: { code: "terminal_signed_out", message: { zh: "终端登录已失效，请重新输入密钥。", en: "The terminal sign-in has ended. Enter the key again." } },
};
const invalid = (fields: string[]) => ({
  ok: false as const,
  error: { code: "invalid_request", message: { zh: `请检查：${fields.join("、")}`, en: `Please check: ${fields.join(", ")}` } },
});

/** The terminal page's settlement: the same schema, rules and ledger call as the HTTP API. */
export async function settleBillAction(body: unknown, idempotencyKey: string): Promise<TerminalSettleResult> {
  const terminal = await getCookieTerminal();
  if (!terminal) return signedOut;
  const key = idempotencyKeySchema.safeParse(idempotencyKey);
  const parsed = terminalSettlementRequestSchema.safeParse(body);
  if (!key.success || !parsed.success) return invalid(parsed.success ? ["idempotencyKey"] : parsed.error.issues.map((i) => i.path.join(".")));
  try {
    const { db } = await getDb();
    return { ok: true, data: (await settleAtTerminal(db, terminal, parsed.data, key.data, new Date())).settlement };
  } catch (error) {
    const { code, zh, en } = toUserError(error, "terminal.settle");
    return { ok: false, error: { code, message: { zh, en } } };
  }
}

export async function reverseSettlementAction(settlementId: string, reason: string): Promise<TerminalSettleResult> {
  const terminal = await getCookieTerminal();
  if (!terminal) return signedOut;
  const parsed = reversalRequestSchema.safeParse({ reason });
  if (!parsed.success) return invalid(["reason"]);
  try {
    const { db } = await getDb();
    return { ok: true, data: await reverseAtTerminal(db, terminal, settlementId, parsed.data.reason, new Date()) };
  } catch (error) {
    const { code, zh, en } = toUserError(error, "terminal.reverse");
    return { ok: false, error: { code, message: { zh, en } } };
  }
}
