/**
 * One meaning of a bill line everywhere — the counter, the Estimate form, the JSON API, the
 * command line, the receipt and the person's settlement detail: unit price × quantity = the
 * line's amount, in integer fen. The national platform checks the same identity on every fee
 * detail (interface 2204: det_item_fee_sumamt = pric × cnt). The catalogue's price ceiling is
 * per unit, so what the person pays above the ceiling is measured against ceiling × quantity
 * (items.ts). Pure and browser-safe.
 */
import { type Fen, formatYuan } from "./money";
import { MAX_LINE_FEN } from "./limits";
import { type AmountProblem, type QuantityProblem, readAmount, readQuantity } from "./typed-input";

/** Longest name of a bill line, everywhere a line is entered or stored. */
export const MAX_LINE_NAME = 100;

/** A line's money as sent or typed: a unit price, or the line's amount, or both (then they must agree). */
export interface LineMoneyInput {
  /** Absent means one (JSON); a form passes its text, so an empty field is an empty field. */
  quantity?: unknown;
  unitPrice?: unknown;
  amount?: unknown;
}

export interface LineMoney {
  quantity: number;
  unitPriceFen: Fen;
  /** Always unitPriceFen × quantity. */
  amountFen: Fen;
}

export type LineMoneyField = "quantity" | "unitPrice" | "amount";
export type LineMoneyProblem = AmountProblem | QuantityProblem | "amount_mismatch" | "amount_not_divisible";

export interface LineMoneyIssue {
  field: LineMoneyField;
  code: LineMoneyProblem;
  detail?: string;
}

export type LineMoneyResult = { ok: true; value: LineMoney } | { ok: false; issues: LineMoneyIssue[] };

const given = (value: unknown) => value !== undefined && value !== null;

/**
 * Reads a line's quantity, unit price and amount into one consistent {@link LineMoney}, or says
 * what is wrong with each field. With only an amount, the amount is the line's total and must
 * be a whole number of fen per unit (otherwise the unit price has to be given).
 */
export function readLineMoney(line: LineMoneyInput, maxLineFen: Fen = MAX_LINE_FEN): LineMoneyResult {
  const issues: LineMoneyIssue[] = [];
  const amountRules = { maxFen: maxLineFen, allowZero: false };
  const quantity = line.quantity === undefined ? ({ ok: true, value: 1 } as const) : readQuantity(line.quantity);
  if (!quantity.ok) issues.push({ field: "quantity", code: quantity.code, ...(quantity.detail ? { detail: quantity.detail } : {}) });
  const unitPrice = given(line.unitPrice) ? readAmount(line.unitPrice, amountRules) : undefined;
  if (unitPrice && !unitPrice.ok) issues.push({ field: "unitPrice", code: unitPrice.code, ...(unitPrice.detail ? { detail: unitPrice.detail } : {}) });
  const amount = given(line.amount) ? readAmount(line.amount, amountRules) : undefined;
  if (amount && !amount.ok) issues.push({ field: "amount", code: amount.code, ...(amount.detail ? { detail: amount.detail } : {}) });
  if (!unitPrice && !amount) issues.push({ field: "amount", code: "amount_required", detail: "give unitPrice, or the line's amount" });
  if (issues.length > 0 || !quantity.ok) return { ok: false, issues };

  const count = quantity.value;
  if (unitPrice?.ok) {
    const product = unitPrice.value * count;
    if (!Number.isSafeInteger(product) || product > maxLineFen) {
      return { ok: false, issues: [{ field: amount ? "amount" : "unitPrice", code: "amount_too_large", detail: `unit price × quantity at most ${formatYuan(maxLineFen)}` }] };
    }
    if (amount?.ok && amount.value !== product) {
      return { ok: false, issues: [{ field: "amount", code: "amount_mismatch", detail: `${formatYuan(unitPrice.value)} × ${count} = ${formatYuan(product)}` }] };
    }
    return { ok: true, value: { quantity: count, unitPriceFen: unitPrice.value, amountFen: product } };
  }
  const total = (amount as { ok: true; value: Fen }).value;
  if (total % count !== 0) {
    return { ok: false, issues: [{ field: "amount", code: "amount_not_divisible", detail: `${formatYuan(total)} ÷ ${count}; give unitPrice` }] };
  }
  return { ok: true, value: { quantity: count, unitPriceFen: total / count, amountFen: total } };
}

/** The unit price of a stored line (amount ÷ quantity, exact for every line read by {@link readLineMoney}). */
export function unitPriceOf(line: { amountFen: Fen; quantity: number }): Fen | null {
  return line.quantity > 0 && line.amountFen % line.quantity === 0 ? line.amountFen / line.quantity : null;
}
