import "server-only";
import { eq } from "drizzle-orm";
import { findFacility } from "@/lib/clinic";
import type { Db } from "@/lib/db";
import { people } from "@/lib/db/schema";
import { resolveChosenClinicStatus } from "@/lib/clinic";
import { accountBalance, loadAccumulators } from "@/lib/ledger";
import { ageOn } from "@/lib/dates";
import { crossRegionOn, enrolmentOn } from "@/lib/ledger";
import { type Accumulators, type EstimateRequestInput, type Fen, formatYuan } from "@/lib/reimbursement";
import { isIsoDate } from "@/lib/reimbursement";
import { type EstimateForm, WHAT_IF_FIELDS, diseaseOfVisit, isBlankLine, lineAmountFen } from "./form-schema";
import type { EstimateContext, EstimateProblem } from "./state";

export interface BuiltEstimate {
  request: EstimateRequestInput;
  context: EstimateContext;
  /** Request item index → form line index (blank lines are dropped). */
  lineOfItem: number[];
}

export type BuildResult = { ok: true; built: BuiltEstimate } | { ok: false; fieldProblems: Record<string, EstimateProblem> };

/** Fen per key as yuan text per key: the request's per-bucket form of the ledger's figures. */
function yuanPerKey(amounts: Partial<Record<string, Fen>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, fen] of Object.entries(amounts)) if (fen) out[key] = formatYuan(fen);
  return out;
}

/** The ledger's year to date in the request's shape (every figure per bucket or visit kind). */
export function ledgerAccumulators(a: Accumulators): NonNullable<EstimateRequestInput["accumulators"]> {
  return {
    deductiblePaid: yuanPerKey(a.deductiblePaid),
    policyScopeAmount: yuanPerKey(a.policyScopeAmount),
    fundPaid: yuanPerKey(a.fundPaid),
    criticalIllnessBurden: formatYuan(a.criticalIllnessBurden),
    criticalIllnessPaid: formatYuan(a.criticalIllnessPaid),
    largeAmountPaid: formatYuan(a.largeAmountPaid),
    assistanceBurden: formatYuan(a.assistanceBurden),
    assistancePaid: yuanPerKey(a.assistancePaid),
  };
}

/**
 * Turns the Estimate form into a request of the estimate contract, with the person's facts from
 * their enrolment, the facility's level and place, the chosen-clinic status and cross-region
 * situation worked out as the ledger works them out, and the year to date from the ledger or
 * the what-if values. The caller has authorised access to `personId` for "estimate".
 */
export async function buildEstimateRequest(db: Db, personId: string, form: EstimateForm, options: { today: string; locale: "zh-CN" | "en" }): Promise<BuildResult> {
  const fieldErrors: Record<string, EstimateProblem> = {};
  const serviceDate = form.serviceDate ?? options.today;
  if (!isIsoDate(serviceDate)) return { ok: false, fieldProblems: { serviceDate: { issue: "date_format" } } };
  const enrolment = (await enrolmentOn(db, personId, serviceDate)) ?? (await enrolmentOn(db, personId, options.today));
  if (!enrolment) return { ok: false, fieldProblems: { serviceDate: { estimate: "notEnrolled" } } };
  const [person] = await db.select({ birthDate: people.birthDate }).from(people).where(eq(people.id, personId));
  const facility = form.facilityId ? await findFacility(db, form.facilityId) : null;
  if (!facility) fieldErrors.facilityId = { estimate: "facility" };

  const disease = diseaseOfVisit(form.visit);
  const kind = disease ? "chronic_outpatient" : (form.visit as "general_outpatient" | "inpatient" | "pharmacy");
  if (form.visit.startsWith("chronic:") && !disease) fieldErrors.visit = { estimate: "disease" };
  const admission = form.admissionOfYear === undefined ? 1 : /^\d{1,3}$/.test(form.admissionOfYear) ? Number(form.admissionOfYear) : 0;
  if (kind === "inpatient" && (admission < 1 || admission > 366)) fieldErrors.admissionOfYear = { estimate: "admission" };
  if (form.useAccount && enrolment.insurance === "resident") fieldErrors.useAccount = { estimate: "noAccount" };

  const items: EstimateRequestInput["items"] = [];
  const lineOfItem: number[] = [];
  form.lines.forEach((line, index) => {
    if (isBlankLine(line)) return;
    const at = `lines.${index}`;
    if (line.mode === "catalogue") {
      if (!line.code) fieldErrors[`${at}.code`] = { estimate: "lineCode" };
      if (line.quantity !== undefined && !/^\d{1,6}$/.test(line.quantity)) fieldErrors[`${at}.quantity`] = { estimate: "quantity" };
      const fen = lineAmountFen(line.quantity, line.unitPrice);
      // An unreadable price goes to the engine as written, so its schema names the problem.
      const amount = fen === undefined ? (line.unitPrice ?? "") : formatYuan(fen);
      items.push({ code: line.code ?? "", name: line.name, amount, quantity: line.quantity === undefined ? 1 : Number(line.quantity) || 1 });
    } else {
      if (!line.name) fieldErrors[`${at}.name`] = { estimate: "lineName" };
      if (!line.class) fieldErrors[`${at}.class`] = { estimate: "lineClass" };
      items.push({ name: line.name, class: line.class as "A" | "B" | "C", amount: line.amount ?? "" });
    }
    lineOfItem.push(index);
  });
  if (items.length === 0) fieldErrors.lines = { estimate: "noLines" };
  if (!facility || Object.keys(fieldErrors).length > 0) return { ok: false, fieldProblems: fieldErrors };

  const level = Math.min(3, Math.max(0, facility.level)) as 0 | 1 | 2 | 3;
  const crossRegion = form.crossRegion === "auto" ? await crossRegionOn(db, personId, enrolment.regionCode, facility.regionCode, serviceDate, false) : form.crossRegion;
  // Only where the region pays general outpatient care at the chosen clinic alone does the place matter.
  const chosenClinic = enrolment.requiresChosenClinic && kind === "general_outpatient" ? await resolveChosenClinicStatus(db, personId, facility.id, serviceDate) : null;
  const referralLevel = form.referralLevel === undefined ? undefined : Number(form.referralLevel);
  const visit: EstimateRequestInput["visit"] = { kind, facilityLevel: level, crossRegion };
  if (disease) visit.disease = disease;
  if (chosenClinic) visit.chosenClinic = chosenClinic;
  if (kind === "inpatient") {
    visit.admissionOfYear = admission;
    if (referralLevel !== undefined) visit.referralFrom = { facilityLevel: referralLevel as 0 | 1 | 2 | 3, deductiblePaid: form.referralDeductiblePaid ?? "0" };
  }

  const year = Number(serviceDate.slice(0, 4));
  const whatIf = form.whatIf;
  let accumulators: EstimateRequestInput["accumulators"];
  let balance: string | undefined;
  if (form.accumulatorsMode === "ledger") {
    accumulators = ledgerAccumulators(await loadAccumulators(db, personId, year));
    if (form.useAccount) balance = formatYuan(await accountBalance(db, personId));
  } else {
    accumulators = {};
    for (const field of WHAT_IF_FIELDS) {
      const value = whatIf[field];
      if (value !== undefined && field !== "accountBalance") accumulators[field] = value;
    }
    balance = whatIf.accountBalance ?? "0";
  }
  const request: EstimateRequestInput = {
    policy: enrolment.policyId,
    serviceDate,
    person: {
      insurance: enrolment.insurance,
      ...(enrolment.insurance === "employee" && enrolment.status ? { status: enrolment.status } : {}),
      ...(person ? { age: ageOn(person.birthDate, serviceDate) } : {}),
      assistance: enrolment.assistance,
    },
    visit,
    items,
    accumulators,
    explain: true,
    locale: options.locale,
  };
  if (form.useAccount && balance !== undefined) request.personalAccount = { balance, use: true };
  const context: EstimateContext = {
    personId,
    facility: { name: facility.name, nameEn: facility.nameEn, level: facility.level },
    chosenClinic,
    crossRegion,
    accumulatorsMode: form.accumulatorsMode,
  };
  return { ok: true, built: { request, context, lineOfItem } };
}
