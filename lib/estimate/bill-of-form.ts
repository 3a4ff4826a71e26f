/**
 * The Estimate form as a bill in fen, and what the person asked to assume: the one place where
 * the form's yuan text is read (never through a float). Pure: the loader and the engine that
 * the counter's settle uses do the rest (lib/ledger quote).
 */
import { findCatalogueItem } from "@/lib/catalogue/client";
import type { AssumedYearToDate, Assumptions, Bill } from "@/lib/ledger";
import { isIsoDate, MAX_BILL_FEN, MAX_LINE_FEN, parseYuan, type Fen, type IssueCode } from "@/lib/reimbursement";
import { type EstimateForm, WHAT_IF_FIELDS, diseaseOfVisit, isBlankLine, lineAmountFen } from "./form-schema";
import type { EstimateProblem } from "./state";

export interface FormBill {
  bill: Bill;
  assume: Assumptions;
  /** Bill line index → form line index (blank lines are dropped). */
  lineOfItem: number[];
}

export type BillOfFormResult = { ok: true; built: FormBill } | { ok: false; fieldProblems: Record<string, EstimateProblem> };

const YUAN_PROBLEM: Record<"not_a_number" | "negative" | "too_many_decimals", IssueCode> = {
  not_a_number: "amount_format",
  negative: "amount_negative",
  too_many_decimals: "amount_decimals",
};

/** Yuan text as fen, or the problem with it (at most `max`). */
function fenOf(text: string | undefined, max: Fen = MAX_LINE_FEN): { fen: Fen } | { problem: EstimateProblem } {
  const parsed = parseYuan(text ?? "");
  if (!parsed.ok) return { problem: { issue: YUAN_PROBLEM[parsed.problem as keyof typeof YUAN_PROBLEM] ?? "amount_format" } };
  if (parsed.value > max) return { problem: { issue: "amount_too_large" } };
  return { fen: parsed.value };
}

/**
 * Reads the form for `personId`: the bill's lines in fen (quantity × unit price for a catalogue
 * line), the visit, the account, and — in "what if" mode — the year to date to assume. Every
 * problem is named next to its field.
 */
export function billOfForm(personId: string, form: EstimateForm, today: string): BillOfFormResult {
  const problems: Record<string, EstimateProblem> = {};
  const serviceDate = form.serviceDate ?? today;
  if (!isIsoDate(serviceDate)) problems.serviceDate = { issue: "date_format" };
  if (!form.facilityId) problems.facilityId = { estimate: "facility" };

  const disease = diseaseOfVisit(form.visit);
  const kind = disease ? "chronic_outpatient" : (form.visit as "general_outpatient" | "inpatient" | "pharmacy");
  if (form.visit.startsWith("chronic:") && !disease) problems.visit = { estimate: "disease" };
  const admission = form.admissionOfYear === undefined ? undefined : /^\d{1,3}$/.test(form.admissionOfYear) ? Number(form.admissionOfYear) : 0;
  if (kind === "inpatient" && admission !== undefined && (admission < 1 || admission > 366)) problems.admissionOfYear = { estimate: "admission" };

  const lines: Bill["lines"] = [];
  const lineOfItem: number[] = [];
  form.lines.forEach((line, index) => {
    if (isBlankLine(line)) return;
    const at = `lines.${index}`;
    if (line.mode === "catalogue") {
      if (!line.code) problems[`${at}.code`] = { estimate: "lineCode" };
      else if (!findCatalogueItem(line.code)) problems[`${at}.code`] = { issue: "unknown_code" };
      if (line.quantity !== undefined && !/^\d{1,6}$/.test(line.quantity)) problems[`${at}.quantity`] = { estimate: "quantity" };
      const fen = lineAmountFen(line.quantity, line.unitPrice);
      if (fen === undefined) {
        const price = fenOf(line.unitPrice);
        if ("problem" in price) problems[`${at}.unitPrice`] = price.problem;
      } else if (fen > MAX_LINE_FEN) problems[`${at}.unitPrice`] = { issue: "amount_too_large" };
      lines.push({ code: line.code, name: line.name, amountFen: fen ?? 0, quantity: line.quantity === undefined ? 1 : Number(line.quantity) || 1 });
    } else {
      if (!line.name) problems[`${at}.name`] = { estimate: "lineName" };
      if (!line.class) problems[`${at}.class`] = { estimate: "lineClass" };
      const amount = fenOf(line.amount);
      if ("problem" in amount) problems[`${at}.amount`] = amount.problem;
      lines.push({ name: line.name, itemClass: line.class as "A" | "B" | "C" | undefined, amountFen: "fen" in amount ? amount.fen : 0 });
    }
    lineOfItem.push(index);
  });
  if (lines.length === 0) problems.lines = { estimate: "noLines" };
  else if (lines.reduce((sum, line) => sum + line.amountFen, 0) > MAX_BILL_FEN) problems.lines = { issue: "bill_too_large" };

  const referralLevel = form.referralLevel === undefined ? undefined : Number(form.referralLevel);
  let referralDeductible: Fen = 0;
  if (kind === "inpatient" && referralLevel !== undefined && form.referralDeductiblePaid !== undefined) {
    const paid = fenOf(form.referralDeductiblePaid);
    if ("problem" in paid) problems.referralDeductiblePaid = paid.problem;
    else referralDeductible = paid.fen;
  }

  const assume: Assumptions = {};
  if (form.crossRegion !== "auto") assume.crossRegion = form.crossRegion;
  if (kind === "inpatient") assume.admissionOfYear = admission ?? 1;
  if (form.accumulatorsMode === "whatif") {
    const yearToDate: AssumedYearToDate = {};
    for (const field of WHAT_IF_FIELDS) {
      const text = form.whatIf[field];
      if (text === undefined) continue;
      const value = fenOf(text, Number.MAX_SAFE_INTEGER);
      if ("problem" in value) problems[`whatIf.${field}`] = value.problem;
      else if (field === "accountBalance") assume.accountBalanceFen = value.fen;
      else yearToDate[field] = value.fen;
    }
    assume.yearToDate = yearToDate;
    assume.accountBalanceFen ??= 0;
  }
  if (Object.keys(problems).length > 0) return { ok: false, fieldProblems: problems };

  const bill: Bill = {
    personId,
    facilityId: form.facilityId!,
    serviceDate,
    useAccount: form.useAccount,
    visit: {
      kind,
      ...(disease ? { disease } : {}),
      ...(kind === "inpatient" && referralLevel !== undefined ? { referralFrom: { facilityLevel: referralLevel as 0 | 1 | 2 | 3, deductiblePaidFen: referralDeductible } } : {}),
    },
    lines: lines.map((line) => Object.fromEntries(Object.entries(line).filter(([, value]) => value !== undefined)) as Bill["lines"][number]),
  };
  return { ok: true, built: { bill, assume, lineOfItem } };
}
