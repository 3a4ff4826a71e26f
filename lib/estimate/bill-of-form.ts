/**
 * The Estimate form as a bill in fen, and what the person asked to assume: the one place where
 * the form's yuan text is read (never through a float). Pure: the loader and the engine that
 * the counter's settle uses do the rest (lib/ledger quote).
 */
import { findCatalogueItem } from "@/lib/catalogue/client";
import type { AssumedYearToDate, Assumptions, Bill } from "@/lib/ledger";
import { isIsoDate, MAX_BILL_FEN, MAX_LINE_FEN, MAX_LINE_NAME, readAmount, readLineMoney, type Fen } from "@/lib/reimbursement";
import { type EstimateForm, WHAT_IF_FIELDS, diseaseOfVisit, isBlankLine } from "./form-schema";
import type { EstimateProblem } from "./state";

export interface FormBill {
  bill: Bill;
  assume: Assumptions;
  /** Bill line index → form line index (blank lines are dropped). */
  lineOfItem: number[];
}

export type BillOfFormResult = { ok: true; built: FormBill } | { ok: false; fieldProblems: Record<string, EstimateProblem> };

/** Yuan text as fen (0 allowed: a year-to-date figure), or the problem with it. */
function fenOf(text: string | undefined, max: Fen = MAX_LINE_FEN): { fen: Fen } | { problem: EstimateProblem } {
  const read = readAmount(text ?? "", { maxFen: max, allowZero: true });
  return read.ok ? { fen: read.value } : { problem: { issue: read.code } };
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
    if (line.name && line.name.length > MAX_LINE_NAME) problems[`${at}.name`] = { issue: "name_too_long" };
    // One reading of a line's money everywhere: quantity × unit price (catalogue), or one
    // item for its amount (typed in); an empty quantity is pointed at, never taken as 1.
    const money = line.mode === "catalogue" ? readLineMoney({ quantity: line.quantity ?? "", unitPrice: line.unitPrice ?? "" }) : readLineMoney({ amount: line.amount ?? "" });
    if (!money.ok) for (const problem of money.issues) problems[`${at}.${problem.field}`] ??= { issue: problem.code };
    const fen = money.ok ? money.value.amountFen : 0;
    if (line.mode === "catalogue") {
      if (!line.code) problems[`${at}.code`] = { estimate: "lineCode" };
      else if (!findCatalogueItem(line.code)) problems[`${at}.code`] = { issue: "unknown_code" };
      lines.push({ code: line.code, name: line.name || undefined, amountFen: fen, quantity: money.ok ? money.value.quantity : 1 });
    } else {
      if (!line.name) problems[`${at}.name`] = { estimate: "lineName" };
      if (!line.class) problems[`${at}.class`] = { estimate: "lineClass" };
      lines.push({ name: line.name || undefined, itemClass: (line.class || undefined) as "A" | "B" | "C" | undefined, amountFen: fen });
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
