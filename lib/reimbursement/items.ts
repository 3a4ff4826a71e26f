/**
 * Item level (policy-facts §1.1): class C is paid in full by the person, a price
 * above the item's ceiling is paid by the person, a class-B item's first share
 * is paid by the person; what remains is the policy-scope amount.
 */
import { type BasisPoints, type Fen, mulRatio } from "./money";
import type { SettledItem } from "./policy-schema";
import type { BillLine } from "./types";

/** A listed item settled by its own share: what the person and the fund pay of it. */
export interface SettledPart {
  item: SettledItem;
  /** The lines' amount within their price ceilings. */
  base: Fen;
  personal: Fen;
  fund: Fen;
}

export interface ItemSplit {
  total: Fen;
  /** fulamt_ownpay_amt: class C / outside the catalogue. */
  fullOwnPay: Fen;
  /** overlmt_selfpay: price above the ceiling. */
  overLimit: Fen;
  /** preselfpay_amt: class-B first self-pay. */
  classBShare: Fen;
  /** inscp_scp_amt: policy-scope amount (including the fund's part of settled items). */
  policyScope: Fen;
  /** Of the policy-scope amount, what listed items settle by their own share (the fund's part). */
  settledScope: Fen;
  /** What the person pays first of settled items (part of preselfpay_amt). */
  settledPersonal: Fen;
  settled: SettledPart[];
  classCLines: number;
  ceilingLines: number;
  classBBase: Fen;
  /** The distinct class-B shares used, ascending. */
  classBShares: BasisPoints[];
  /** Whether a class-B line used the regional default share (not its own). */
  usedRegionalShare: boolean;
}

function settledItemOf(line: BillLine, settledItems: ReadonlyArray<SettledItem>): SettledItem | undefined {
  if (line.code === undefined) return undefined;
  for (const item of settledItems) if (item.codes.includes(line.code)) return item;
  return undefined;
}

export function splitItems(lines: ReadonlyArray<BillLine>, regionalClassBShare: BasisPoints, settledItems: ReadonlyArray<SettledItem> = []): ItemSplit {
  let total = 0;
  let fullOwnPay = 0;
  let overLimit = 0;
  let classBShare = 0;
  let policyScope = 0;
  let classCLines = 0;
  let ceilingLines = 0;
  let classBBase = 0;
  const shares: BasisPoints[] = [];
  let usedRegionalShare = false;
  let settledScope = 0;
  let settledPersonal = 0;
  const settled: SettledPart[] = [];
  for (const line of lines) {
    total += line.amount;
    if (line.itemClass === "C") {
      fullOwnPay += line.amount;
      classCLines++;
      continue;
    }
    let allowed = line.amount;
    if (line.priceCeiling !== undefined) {
      const ceiling = line.priceCeiling * (line.quantity ?? 1);
      if (allowed > ceiling) {
        overLimit += allowed - ceiling;
        allowed = ceiling;
        ceilingLines++;
      }
    }
    const listed = settledItems.length > 0 ? settledItemOf(line, settledItems) : undefined;
    if (listed) {
      // The listed item's own share settles it: no class-B share, deductible or ratio.
      const personal = mulRatio(allowed, listed.personalShare);
      let part = settled.find((entry) => entry.item === listed);
      if (!part) settled.push((part = { item: listed, base: 0, personal: 0, fund: 0 }));
      part.base += allowed;
      part.personal += personal;
      part.fund += allowed - personal;
      settledPersonal += personal;
      settledScope += allowed - personal;
      policyScope += allowed - personal;
      continue;
    }
    if (line.itemClass === "B") {
      const share = line.classBShare ?? regionalClassBShare;
      if (line.classBShare === undefined) usedRegionalShare = true;
      const first = mulRatio(allowed, share);
      classBShare += first;
      classBBase += allowed;
      allowed -= first;
      if (!shares.includes(share)) shares.push(share);
    }
    policyScope += allowed;
  }
  shares.sort((a, b) => a - b);
  return { total, fullOwnPay, overLimit, classBShare, policyScope, settledScope, settledPersonal, settled, classCLines, ceilingLines, classBBase, classBShares: shares, usedRegionalShare };
}
