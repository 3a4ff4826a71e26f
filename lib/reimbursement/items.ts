/**
 * Item level (policy-facts §1.1): class C is paid in full by the person, a price
 * above the item's ceiling is paid by the person, a class-B item's first share
 * is paid by the person; what remains is the policy-scope amount.
 */
import { type BasisPoints, type Fen, mulRatio } from "./money";
import type { BillLine } from "./types";

export interface ItemSplit {
  total: Fen;
  /** fulamt_ownpay_amt: class C / outside the catalogue. */
  fullOwnPay: Fen;
  /** overlmt_selfpay: price above the ceiling. */
  overLimit: Fen;
  /** preselfpay_amt: class-B first self-pay. */
  classBShare: Fen;
  /** inscp_scp_amt: policy-scope amount. */
  policyScope: Fen;
  classCLines: number;
  ceilingLines: number;
  classBBase: Fen;
  /** The distinct class-B shares used, ascending. */
  classBShares: BasisPoints[];
  /** Whether a class-B line used the regional default share (not its own). */
  usedRegionalShare: boolean;
}

export function splitItems(lines: ReadonlyArray<BillLine>, regionalClassBShare: BasisPoints): ItemSplit {
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
  return { total, fullOwnPay, overLimit, classBShare, policyScope, classCLines, ceilingLines, classBBase, classBShares: shares, usedRegionalShare };
}
