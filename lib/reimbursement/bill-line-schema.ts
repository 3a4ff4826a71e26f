/**
 * The zod side of a bill line's money (bill-line.ts), shared by the estimate request and the
 * counter's settlement request: the fields `quantity`, `unitPrice` and `amount` read as people
 * type them (typed-input.ts), each refusal with its own issue code, and the line's identity
 * unit price × quantity = amount checked across them. Browser-safe.
 */
import { z } from "zod";
import { type LineMoneyInput, readLineMoney } from "./bill-line";
import { type RequestIssue, issue, issueText } from "./issues";
import { MAX_LINE_FEN, reasonIssue } from "./schema-parts";
import { readAmount, readQuantity } from "./typed-input";

const LINE_AMOUNT_RULES = { maxFen: MAX_LINE_FEN, allowZero: false };

/** Yuan as written or typed (a JSON number or text such as "¥１２.５０"); more than 0. */
export function lineAmountField() {
  return z
    .custom<number | string>((value) => typeof value === "number" || typeof value === "string", { error: issueText("amount_format") })
    .superRefine((value, ctx) => {
      const read = readAmount(value, LINE_AMOUNT_RULES);
      if (!read.ok) ctx.addIssue(reasonIssue(read.code, read.detail));
    })
    .meta({ format: "yuan", description: "Yuan, more than 0, at most two decimals, as a JSON number or a string (full-width digits and a leading ¥ are read)" });
}

/** A whole number of units, 1 or more, as a JSON number or text. */
export function lineQuantityField() {
  return z
    .custom<number | string>((value) => typeof value === "number" || typeof value === "string", { error: issueText("quantity_format") })
    .superRefine((value, ctx) => {
      const read = readQuantity(value);
      if (!read.ok) ctx.addIssue(reasonIssue(read.code, read.detail));
    })
    .meta({ description: "Units, a whole number from 1; absent means 1" });
}

/** A line's money fields: give `unitPrice` (with `quantity`), or the line's `amount`, or both when they agree. */
export function lineMoneyFields() {
  return {
    quantity: lineQuantityField().optional(),
    /** Price of one unit, yuan. */
    unitPrice: lineAmountField().optional(),
    /** The line's total, yuan: unit price × quantity. */
    amount: lineAmountField().optional(),
  };
}

/** Every problem of a line's money, under `path` (e.g. "items.0"). */
export function lineMoneyIssues(line: LineMoneyInput, path: string): RequestIssue[] {
  const read = readLineMoney(line);
  return read.ok ? [] : read.issues.map((problem) => issue(`${path}.${problem.field}`, problem.code, problem.detail));
}

/** For a zod refinement of a whole line: the cross-field problems (each field's own are its schema's). */
export function refineLineMoney(line: LineMoneyInput, ctx: z.RefinementCtx): void {
  const read = readLineMoney(line);
  if (read.ok) return;
  for (const problem of read.issues) ctx.addIssue({ ...reasonIssue(problem.code, problem.detail), path: [problem.field] });
}
