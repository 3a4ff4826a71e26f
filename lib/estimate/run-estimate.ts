import "server-only";
import { catalogueFactsOf, findCatalogueItem, findCatalogueItemsByCodes } from "@/lib/catalogue";
import type { Db } from "@/lib/db";
import { chinaDay } from "@/lib/dates";
import { isDomainError } from "@/lib/errors";
import { accountBalance, enrolmentOn, quote, type Bill } from "@/lib/ledger";
import { estimate, explainSettlement, getPolicy, type CatalogueLookup, type EstimateResult, type RequestIssue, type Settlement } from "@/lib/reimbursement";
import { billOfForm } from "./bill-of-form";
import { estimateFormSchema, nestFormValues } from "./form-schema";
import type { EstimateFigures, EstimateLineView, EstimateProblem, EstimateProblems, EstimateView } from "./state";

/** A catalogue lookup for the engine over the items of these lines found in the database. */
export async function catalogueLookupFor(db: Db, items: ReadonlyArray<{ code?: string | undefined }>): Promise<CatalogueLookup> {
  const codes = items.map((item) => item.code).filter((code): code is string => typeof code === "string");
  const found = await findCatalogueItemsByCodes(db, codes);
  return (code) => {
    const item = found.get(code.trim().toUpperCase());
    return item ? catalogueFactsOf(item) : undefined;
  };
}

/** The public API's estimate: the contract in yuan (docs/estimate-contract.md), with the database's catalogue. */
export async function estimateWithCatalogue(db: Db, request: unknown): Promise<EstimateResult> {
  const items = request !== null && typeof request === "object" && Array.isArray((request as { items?: unknown }).items) ? ((request as { items: unknown[] }).items) : [];
  const withCodes = items.filter((item): item is { code: string } => item !== null && typeof item === "object" && typeof (item as { code?: unknown }).code === "string");
  return estimate(request, { lookupItem: await catalogueLookupFor(db, withCodes) });
}

export type EstimateRun = { ok: true; view: EstimateView } | ({ ok: false } & EstimateProblems);

/** A settlement's figures as the Estimate screen and a saved estimate keep them. */
export function figuresOf(settlement: Settlement): EstimateFigures {
  return { amounts: settlement.amounts, policy: settlement.policy, explanation: explainSettlement(settlement) };
}

/** The bill's lines as the result shows them: a catalogue line with the catalogue's class and English name. */
function linesOf(bill: Bill): EstimateLineView[] {
  return bill.lines.map((line) => {
    const item = line.code ? findCatalogueItem(line.code) : undefined;
    return {
      name: line.name ?? item?.name ?? "",
      nameEn: item?.nameEn ?? null,
      code: line.code ?? null,
      itemClass: item?.class ?? line.itemClass ?? "C",
      quantity: line.quantity ?? 1,
      amountFen: line.amountFen,
    };
  });
}

/** Where the loader's refusals belong on the form. */
const FIELD_OF_REFUSAL: Partial<Record<string, [string, EstimateProblem]>> = {
  not_enrolled: ["serviceDate", { estimate: "notEnrolled" }],
  facility_not_found: ["facilityId", { estimate: "facility" }],
  chronic_not_approved: ["visit", { estimate: "disease" }],
  unknown_catalogue_item: ["lines", { issue: "unknown_code" }],
};

/** An engine issue's field on the form, or null for the form as a whole. */
function fieldOfIssue(issue: RequestIssue): string | null {
  if (issue.path === "serviceDate") return "serviceDate";
  if (issue.path.startsWith("visit.admissionOfYear")) return "admissionOfYear";
  if (issue.path.startsWith("visit")) return "visit";
  return null;
}

/**
 * The Estimate form for `personId` (whom the request context authorised for "estimate"): the
 * form read as a bill in fen, then quoted — the counter's settlement without the write, from the
 * same loader over the person's enrolment, facility, chosen clinic, filings and ledger. Never
 * throws for bad input: every problem comes back as a fact about a field or the form.
 */
export async function runEstimate(db: Db, personId: string, values: Record<string, string>, options: { now: Date }): Promise<EstimateRun> {
  const parsed = estimateFormSchema.safeParse(nestFormValues(values));
  if (!parsed.success) {
    const fieldProblems: Record<string, EstimateProblem> = {};
    for (const problem of parsed.error.issues) fieldProblems[problem.path.map(String).join(".") || "form"] = { issue: "invalid_option" };
    return { ok: false, fieldProblems, formProblem: null };
  }
  const form = parsed.data;
  const read = billOfForm(personId, form, chinaDay(options.now));
  if (!read.ok) return { ok: false, fieldProblems: read.fieldProblems, formProblem: null };
  const { bill, assume } = read.built;
  const enrolment = await enrolmentOn(db, personId, bill.serviceDate);
  if (bill.useAccount && enrolment?.insurance === "resident") {
    return { ok: false, fieldProblems: { useAccount: { estimate: "noAccount" } }, formProblem: null };
  }
  let quoted;
  try {
    quoted = await quote(db, bill, assume);
  } catch (error) {
    const field = isDomainError(error) ? FIELD_OF_REFUSAL[error.code] : undefined;
    if (!field) throw error;
    return { ok: false, fieldProblems: { [field[0]]: field[1] }, formProblem: null };
  }
  if (!quoted.ok) {
    const fieldProblems: Record<string, EstimateProblem> = {};
    let formProblem: EstimateProblem | null = null;
    for (const issue of quoted.issues) {
      const field = fieldOfIssue(issue);
      if (field === null) formProblem ??= { issue: issue.code };
      else fieldProblems[field] ??= { issue: issue.code };
    }
    return { ok: false, fieldProblems, formProblem };
  }
  const { settlement, visit, facility } = quoted;
  const { amounts } = settlement;
  // The balance the person has now (a "what if" balance when one was typed): the result shows it
  // after the bill only when the bill is paid from it.
  const typedBalance = form.accumulatorsMode === "whatif" && form.whatIf.accountBalance !== undefined ? assume.accountBalanceFen : undefined;
  const account = enrolment?.insurance !== "employee"
    ? null
    : bill.useAccount
      ? { used: true, balanceBeforeFen: amounts.balc + amounts.acct_pay }
      : { used: false, balanceBeforeFen: typedBalance ?? (await accountBalance(db, personId)) };
  const policy = getPolicy(settlement.policy.id);
  const policyName = policy?.name;
  const disease = visit.disease ? policy?.diseases?.[visit.disease] : undefined;
  return {
    ok: true,
    view: {
      figures: figuresOf(settlement),
      context: {
        personId,
        facility: { name: facility.name, nameEn: facility.nameEn, level: facility.level },
        chosenClinic: visit.chosenClinic ?? null,
        crossRegion: visit.crossRegion,
        accumulatorsMode: form.accumulatorsMode,
        serviceDate: bill.serviceDate,
        visit: form.visit,
        ...(disease ? { disease: { zh: disease.zh, en: disease.en } } : {}),
        ...(policyName ? { policyName: { zh: policyName.zh, en: policyName.en } } : {}),
        account,
      },
      lines: linesOf(bill),
    },
  };
}
