/**
 * The estimate contract (docs/estimate-contract.md): a JSON request in yuan →
 * validation → the fen-domain engine → a JSON settlement in yuan under the
 * national field names. The command line, the HTTP route and the server action
 * all call {@link estimate}.
 */
import { readLineMoney } from "./bill-line";
import { bucketOf, findBenefit, knowsDisease, noVersionIssue, unknownDiseaseIssue } from "./benefits";
import { deductibleKey } from "./deductible";
import { computeSettlement } from "./engine";
import { explainSettlement, stepNote } from "./explain";
import { type RequestIssue, issue, issueText } from "./issues";
import { type BasisPoints, type Fen, toYuanNumber } from "./money";
import { getPolicy, policyIds } from "./policies";
import { type Policy, policySchema } from "./policy-schema";
import { policyVersionOn } from "./policy-version";
import { type EstimateRequest, crossFieldIssues, estimateRequestSchema, field } from "./request-schema";
import { type YuanValue, isIsoDate, ratioToBasisPoints, yuanToFen } from "./schema-parts";
import type { Accumulators, AccountUse, BillLine, Person, Settlement, SettlementAmounts, Visit } from "./types";
import type { ItemClass } from "./vocabulary";
import { issuesFromZod } from "./zod-issues";

/** What the engine needs to know of a catalogue item (lib/catalogue's items have this shape). */
export interface CatalogueItemFacts {
  code: string;
  name: string;
  class: ItemClass;
  /** Class-B first self-pay share, basis points. */
  classBShare?: BasisPoints | undefined;
  /** Price ceiling per unit, fen. */
  priceCeilingFen?: Fen | undefined;
}

export type CatalogueLookup = (code: string) => CatalogueItemFacts | undefined;

export interface EstimateOptions {
  /** Looks up a line's `code`; without it, lines must give their class. */
  lookupItem?: CatalogueLookup | undefined;
  /** Shipped policies by id; defaults to the project's four regions. */
  findPolicy?: ((id: string) => Policy | undefined) | undefined;
}

type Yuan = number;
type YuanAmounts = { [K in keyof SettlementAmounts]: Yuan };

export interface EstimateStep {
  rule: string;
  base: Yuan;
  amount: Yuan;
  note: string;
  source?: string;
}

export interface EstimateAccumulators {
  deductiblePaid: Record<string, Yuan>;
  policyScopeAmount: Record<string, Yuan>;
  fundPaid: Record<string, Yuan>;
  criticalIllnessBurden: Yuan;
  criticalIllnessPaid: Yuan;
  largeAmountPaid: Yuan;
  assistanceBurden: Yuan;
  assistancePaid: Record<string, Yuan>;
}

export type EstimateResponse = YuanAmounts & {
  policy: Settlement["policy"];
  accumulatorsAfter: EstimateAccumulators;
  steps: EstimateStep[];
  explanation?: { zh: string[]; en: string[] };
};

export type EstimateResult = { ok: true; response: EstimateResponse; settlement: Settlement } | { ok: false; issues: RequestIssue[] };

/** The policy a request names: a shipped one by id, or an inline one validated here (issues under `policy.`). */
function requestedPolicy(raw: unknown, findPolicy: (id: string) => Policy | undefined): { policy?: Policy; issues: RequestIssue[] } {
  const value = field(raw, "policy");
  if (typeof value === "string" && value.trim().length > 0) {
    const policy = findPolicy(value);
    return policy ? { policy, issues: [] } : { issues: [issue("policy", "unknown_policy", `known: ${policyIds().join(", ")}`)] };
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const parsed = policySchema.safeParse(value);
    if (parsed.success) return { policy: parsed.data, issues: [] };
    const issues = parsed.error.issues.map((problem): RequestIssue => ({
      path: ["policy", ...problem.path].map(String).join("."),
      code: "policy_invalid",
      message: issueText("policy_invalid", problem.message),
    }));
    return { issues };
  }
  return { issues: [] };
}

/** Checks that need the policy or the catalogue; run on the raw request so every bad field is named. */
function contextIssues(raw: unknown, policy: Policy | undefined, lookupItem: CatalogueLookup | undefined, facts: Array<CatalogueItemFacts | undefined>): RequestIssue[] {
  const issues: RequestIssue[] = [];
  const serviceDate = field(raw, "serviceDate");
  if (policy && typeof serviceDate === "string" && isIsoDate(serviceDate) && !policyVersionOn(policy, serviceDate)) issues.push(noVersionIssue(policy));
  const visit = field(raw, "visit");
  const disease = field(visit, "disease");
  if (policy && field(visit, "kind") === "chronic_outpatient" && typeof disease === "string" && !knowsDisease(policy, disease)) issues.push(unknownDiseaseIssue(policy));
  const items = field(raw, "items");
  if (Array.isArray(items)) {
    items.forEach((item: unknown, index) => {
      const code = field(item, "code");
      if (typeof code !== "string") return;
      if (!lookupItem) {
        if (field(item, "class") === undefined) issues.push(issue(`items.${index}.code`, "catalogue_unavailable"));
        return;
      }
      const found = lookupItem(code);
      facts[index] = found;
      if (!found) issues.push(issue(`items.${index}.code`, "unknown_code", code));
    });
  }
  const account = field(raw, "personalAccount");
  if (account !== undefined && field(field(raw, "person"), "insurance") === "resident" && field(account, "use") !== false && (field(account, "owner") ?? "self") === "self") {
    issues.push(issue("personalAccount.owner", "no_personal_account"));
  }
  return issues;
}

function billLines(items: EstimateRequest["items"], facts: ReadonlyArray<CatalogueItemFacts | undefined>): BillLine[] {
  return items.map((item, index) => {
    const found = facts[index];
    // Checked by the request schema: unit price × quantity = amount (bill-line.ts).
    const money = readLineMoney(item);
    if (!money.ok) throw new RangeError(`not a checked bill line: items.${index}`);
    return {
      name: item.name ?? found?.name,
      code: item.code,
      // Explicit fields of the bill line win over the catalogue's.
      itemClass: item.class ?? found?.class ?? "C",
      amount: money.value.amountFen,
      quantity: money.value.quantity,
      classBShare: item.selfPayRatio === undefined ? found?.classBShare : ratioToBasisPoints(item.selfPayRatio),
      priceCeiling: item.priceCeiling === undefined ? found?.priceCeilingFen : yuanToFen(item.priceCeiling),
    };
  });
}

type AmountOrPerKey = YuanValue | Record<string, YuanValue> | undefined;

function perKey(value: AmountOrPerKey, key: string): Record<string, Fen> {
  if (value === undefined) return {};
  if (typeof value !== "object") return { [key]: yuanToFen(value) };
  const amounts: Record<string, Fen> = {};
  for (const name of Object.keys(value)) amounts[name] = yuanToFen(value[name] ?? 0);
  return amounts;
}

const optionalFen = (value: YuanValue | undefined) => (value === undefined ? undefined : yuanToFen(value));

/**
 * Request accumulators with single amounts attributed to this visit's bucket (and visit kind);
 * a single deductible paid to the bucket's month where the deductible is charged per month.
 */
function accumulatorsFor(request: EstimateRequest, bucket: string, deductibleKey: string): Partial<Accumulators> {
  const given = request.accumulators;
  if (!given) return {};
  return {
    deductiblePaid: perKey(given.deductiblePaid, deductibleKey),
    policyScopeAmount: perKey(given.policyScopeAmount, bucket),
    fundPaid: perKey(given.fundPaid, bucket),
    criticalIllnessBurden: optionalFen(given.criticalIllnessBurden),
    criticalIllnessPaid: optionalFen(given.criticalIllnessPaid),
    largeAmountPaid: optionalFen(given.largeAmountPaid),
    assistanceBurden: optionalFen(given.assistanceBurden),
    assistancePaid: perKey(given.assistancePaid, request.visit.kind),
  };
}

function yuanRecord(amounts: Partial<Record<string, Fen>>): Record<string, Yuan> {
  const out: Record<string, Yuan> = {};
  for (const key of Object.keys(amounts).sort()) out[key] = toYuanNumber(amounts[key] ?? 0);
  return out;
}

function toResponse(settlement: Settlement, request: EstimateRequest): EstimateResponse {
  const a = settlement.amounts;
  const after = settlement.accumulatorsAfter;
  const locale = request.locale ?? "zh-CN";
  const response: EstimateResponse = {
    medfee_sumamt: toYuanNumber(a.medfee_sumamt),
    fulamt_ownpay_amt: toYuanNumber(a.fulamt_ownpay_amt),
    overlmt_selfpay: toYuanNumber(a.overlmt_selfpay),
    preselfpay_amt: toYuanNumber(a.preselfpay_amt),
    inscp_scp_amt: toYuanNumber(a.inscp_scp_amt),
    act_pay_dedc: toYuanNumber(a.act_pay_dedc),
    hifp_pay: toYuanNumber(a.hifp_pay),
    hifmi_pay: toYuanNumber(a.hifmi_pay),
    hifob_pay: toYuanNumber(a.hifob_pay),
    maf_pay: toYuanNumber(a.maf_pay),
    fund_pay_sumamt: toYuanNumber(a.fund_pay_sumamt),
    psn_part_amt: toYuanNumber(a.psn_part_amt),
    acct_pay: toYuanNumber(a.acct_pay),
    acct_mulaid_pay: toYuanNumber(a.acct_mulaid_pay),
    psn_cash_pay: toYuanNumber(a.psn_cash_pay),
    balc: toYuanNumber(a.balc),
    policy: settlement.policy,
    accumulatorsAfter: {
      deductiblePaid: yuanRecord(after.deductiblePaid),
      policyScopeAmount: yuanRecord(after.policyScopeAmount),
      fundPaid: yuanRecord(after.fundPaid),
      criticalIllnessBurden: toYuanNumber(after.criticalIllnessBurden),
      criticalIllnessPaid: toYuanNumber(after.criticalIllnessPaid),
      largeAmountPaid: toYuanNumber(after.largeAmountPaid),
      assistanceBurden: toYuanNumber(after.assistanceBurden),
      assistancePaid: yuanRecord(after.assistancePaid),
    },
    steps: settlement.steps.map((step) => {
      const out: EstimateStep = { rule: step.rule, base: toYuanNumber(step.base), amount: toYuanNumber(step.amount), note: stepNote(step, locale) };
      if (step.source !== undefined) out.source = step.source;
      return out;
    }),
  };
  if (request.explain) response.explanation = explainSettlement(settlement);
  return response;
}

/**
 * A failed request parsed again with its inputs, which tell a missing field from a wrong
 * one. Only failures pay for it: asking zod for the inputs slows every valid parse.
 */
function schemaIssuesWithInputs(raw: unknown): RequestIssue[] {
  const parsed = estimateRequestSchema.safeParse(raw, { reportInput: true });
  return parsed.success ? [] : issuesFromZod(parsed.error);
}

/**
 * Validates a request (already parsed from JSON) and settles it. Never throws
 * for bad input: every offending field comes back as an issue.
 */
export function estimate(raw: unknown, options: EstimateOptions = {}): EstimateResult {
  const findPolicy = options.findPolicy ?? getPolicy;
  const parsed = estimateRequestSchema.safeParse(raw);
  const named = requestedPolicy(raw, findPolicy);
  const policy = named.policy;
  const facts: Array<CatalogueItemFacts | undefined> = [];
  // Zod skips the cross-field rules while a field is invalid: run them on the raw request then.
  const schemaIssues = parsed.success ? [] : [...schemaIssuesWithInputs(raw), ...crossFieldIssues(raw)];
  const issues = [...schemaIssues, ...named.issues, ...contextIssues(raw, policy, options.lookupItem, facts)];
  if (!parsed.success || issues.length > 0 || !policy) return { ok: false, issues: dedupe(issues) };

  const request = parsed.data;
  const person: Person = { insurance: request.person.insurance, status: request.person.status, age: request.person.age, assistance: request.person.assistance ?? "none" };
  const { referralFrom, ...visitFields } = request.visit;
  const visit: Visit = {
    ...visitFields,
    crossRegion: request.visit.crossRegion ?? "none",
    referralFrom: referralFrom && { facilityLevel: referralFrom.facilityLevel, deductiblePaid: yuanToFen(referralFrom.deductiblePaid) },
  };
  const version = policyVersionOn(policy, request.serviceDate);
  const candidate = version ? findBenefit(version, person, visit) : undefined;
  const bucket = candidate ? bucketOf(candidate, visit) : visit.kind;
  const account: AccountUse | undefined = request.personalAccount && {
    balance: yuanToFen(request.personalAccount.balance),
    currentYearBalance: optionalFen(request.personalAccount.currentYearBalance),
    use: request.personalAccount.use ?? true,
    owner: request.personalAccount.owner ?? "self",
  };
  const result = computeSettlement({
    policy,
    serviceDate: request.serviceDate,
    person,
    visit,
    lines: billLines(request.items, facts),
    accumulators: accumulatorsFor(request, bucket, candidate ? deductibleKey(candidate.deductible.value, bucket, request.serviceDate) : bucket),
    account,
  });
  if (!result.ok) return result;
  return { ok: true, response: toResponse(result.settlement, request), settlement: result.settlement };
}

function dedupe(issues: RequestIssue[]): RequestIssue[] {
  const seen = new Set<string>();
  return issues.filter((item) => {
    const key = `${item.path}\u0000${item.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function writeJson(value: unknown, indent: string, step: string): string {
  if (typeof value === "number") return value.toFixed(2);
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  const inner = indent + step;
  const newline = step ? "\n" : "";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[${newline}${value.map((entry) => inner + writeJson(entry, inner, step)).join(`,${newline}`)}${newline}${indent}]`;
  }
  const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
  if (entries.length === 0) return "{}";
  const colon = step ? ": " : ":";
  return `{${newline}${entries.map(([key, entry]) => `${inner}${JSON.stringify(key)}${colon}${writeJson(entry, inner, step)}`).join(`,${newline}`)}${newline}${indent}}`;
}

/**
 * A response as JSON text with every amount written to the fen (141.30, not
 * 141.3). Every number in a response is an amount in yuan.
 */
export function formatResponseJson(response: EstimateResponse, space = 2): string {
  return writeJson(response, "", " ".repeat(space));
}
