import "server-only";
import { catalogueFactsOf, findCatalogueItemsByCodes } from "@/lib/catalogue";
import type { Db } from "@/lib/db";
import { chinaDay } from "@/lib/dates";
import { estimate, type CatalogueLookup, type EstimateResult, type RequestIssue } from "@/lib/reimbursement";
import { buildEstimateRequest } from "./build-request";
import { estimateFormSchema, nestFormValues } from "./form-schema";
import { formFieldOfIssue } from "./issue-fields";
import type { EstimateProblem, EstimateProblems, EstimateView } from "./state";

/** A catalogue lookup for the engine over the items of these lines found in the database. */
export async function catalogueLookupFor(db: Db, items: ReadonlyArray<{ code?: string | undefined }>): Promise<CatalogueLookup> {
  const codes = items.map((item) => item.code).filter((code): code is string => typeof code === "string");
  const found = await findCatalogueItemsByCodes(db, codes);
  return (code) => {
    const item = found.get(code.trim().toUpperCase());
    return item ? catalogueFactsOf(item) : undefined;
  };
}

/** Runs the engine on a request, with the database's catalogue for lines that give a code. */
export async function estimateWithCatalogue(db: Db, request: unknown): Promise<EstimateResult> {
  const items = request !== null && typeof request === "object" && Array.isArray((request as { items?: unknown }).items) ? ((request as { items: unknown[] }).items) : [];
  const withCodes = items.filter((item): item is { code: string } => item !== null && typeof item === "object" && typeof (item as { code?: unknown }).code === "string");
  return estimate(request, { lookupItem: await catalogueLookupFor(db, withCodes) });
}

export type EstimateRun = { ok: true; view: EstimateView } | ({ ok: false } & EstimateProblems);

/**
 * The Estimate form for `personId` (whom the request context authorised for "estimate"): read
 * the posted values, build the request from the ledger and the facility, and settle it with the
 * engine. Never throws for bad input: every problem comes back as a fact about a field or the form.
 */
export async function runEstimate(db: Db, personId: string, values: Record<string, string>, options: { now: Date; locale: "zh-CN" | "en" }): Promise<EstimateRun> {
  const parsed = estimateFormSchema.safeParse(nestFormValues(values));
  if (!parsed.success) {
    const fieldProblems: Record<string, EstimateProblem> = {};
    for (const problem of parsed.error.issues) fieldProblems[problem.path.map(String).join(".") || "form"] = { issue: "invalid_option" };
    return { ok: false, fieldProblems, formProblem: null };
  }
  const form = parsed.data;
  const built = await buildEstimateRequest(db, personId, form, { today: chinaDay(options.now), locale: options.locale });
  if (!built.ok) return { ok: false, fieldProblems: built.fieldProblems, formProblem: null };
  const result = await estimateWithCatalogue(db, built.built.request);
  if (!result.ok) return { ok: false, ...issueProblems(result.issues, (issue) => formFieldOfIssue(issue, form, built.built.lineOfItem)) };
  const { request, context } = built.built;
  return { ok: true, view: { request, response: result.response, context } };
}

function issueProblems(issues: RequestIssue[], fieldOf: (issue: RequestIssue) => string | null): EstimateProblems {
  const fieldProblems: Record<string, EstimateProblem> = {};
  let formProblem: EstimateProblem | null = null;
  for (const issue of issues) {
    const field = fieldOf(issue);
    if (field === null) formProblem ??= { issue: issue.code };
    else fieldProblems[field] ??= { issue: issue.code };
  }
  return { fieldProblems, formProblem };
}
