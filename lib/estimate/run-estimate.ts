import "server-only";
import { authorisePersonAccess } from "@/lib/family/access";
import type { SessionUser } from "@/lib/auth/sessions";
import { catalogueFactsOf, findCatalogueItemsByCodes } from "@/lib/catalogue/db-search";
import type { Db } from "@/lib/db/open";
import { toUserError } from "@/lib/errors/to-user-error";
import { chinaDay } from "@/lib/dates";
import { estimate, issueMessage, type CatalogueLookup, type EstimateResult, type RequestIssue } from "@/lib/reimbursement";
import { buildEstimateRequest } from "./build-request";
import { estimateFormSchema, nestFormValues } from "./form-schema";
import { formFieldOfIssue } from "./issue-fields";
import { estimateError, issueBilingual } from "./messages";
import type { Bilingual, EstimateFormValues, EstimateState } from "./state";

export type EstimateUser = Pick<SessionUser, "userId" | "personId">;

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

function failure(values: EstimateFormValues, fieldErrors: Record<string, Bilingual>, formError: Bilingual | null = null): EstimateState {
  return { ok: false, fieldErrors, formError, values };
}

/**
 * The Estimate form, end to end: read the posted values, authorise the person (the signed-in
 * person, or a family member's through `authorisePersonAccess`), build the request from the
 * ledger and the facility, and settle it with the engine. Never throws: every problem comes back
 * as a field error or a form error in both languages.
 */
export async function runEstimateForm(db: Db, user: EstimateUser | null, values: EstimateFormValues, options: { now: Date; locale: "zh-CN" | "en" }): Promise<EstimateState> {
  if (!user) return failure(values, {}, estimateError("signedOut"));
  const parsed = estimateFormSchema.safeParse(nestFormValues(values));
  if (!parsed.success) {
    const fieldErrors: Record<string, Bilingual> = {};
    for (const problem of parsed.error.issues) fieldErrors[problem.path.map(String).join(".") || "form"] = issueBilingual("invalid_option");
    return failure(values, fieldErrors);
  }
  const form = parsed.data;
  try {
    const personId = form.personId ?? user.personId;
    if (!personId) return failure(values, {}, { zh: "这个账号还没有关联参保人。", en: "This account is not linked to an insured person." });
    await authorisePersonAccess(db, user, personId, "estimate");
    const built = await buildEstimateRequest(db, personId, form, { today: chinaDay(options.now), locale: options.locale });
    if (!built.ok) return failure(values, built.fieldErrors);
    const result = await estimateWithCatalogue(db, built.built.request);
    if (!result.ok) return failure(values, ...issuesToErrors(result.issues, (issue) => formFieldOfIssue(issue, form, built.built.lineOfItem)));
    const { request, context } = built.built;
    return { ok: true, data: { request, response: result.response, context }, values };
  } catch (error) {
    const { zh, en } = toUserError(error, "estimate.run");
    return failure(values, {}, { zh, en });
  }
}

function issuesToErrors(issues: RequestIssue[], fieldOf: (issue: RequestIssue) => string | null): [Record<string, Bilingual>, Bilingual | null] {
  const fieldErrors: Record<string, Bilingual> = {};
  let formError: Bilingual | null = null;
  for (const issue of issues) {
    const message = { zh: issueMessage(issue.code, "zh-CN"), en: issueMessage(issue.code, "en") };
    const field = fieldOf(issue);
    if (field === null) formError ??= message;
    else fieldErrors[field] ??= message;
  }
  return [fieldErrors, formError];
}
