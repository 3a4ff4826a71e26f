/**
 * The one schema of an estimate request (docs/estimate-contract.md), shared by
 * the Estimate form, its server action, `POST /api/v1/estimate` and the command
 * line. Amounts and ratios are checked and kept as written (yuan, fractions);
 * the contract reads them as fen and basis points. Every issue maps to a code
 * of issues.ts (see zod-issues.ts) so callers can show their own words.
 * No server-only imports: safe in a browser bundle.
 */
import { z } from "zod";
import { MAX_LINE_NAME, readLineMoney } from "./bill-line";
import { lineMoneyFields } from "./bill-line-schema";
import { type RequestIssue, ISSUE_MESSAGES, issue, issueText } from "./issues";
import { formatYuan, parseYuan } from "./money";
import {
  MAX_BILL_FEN,
  MAX_LINE_FEN,
  MAX_LINES,
  facilityLevelSchema,
  integer,
  isoDate,
  ratioFraction,
  reasonIssue,
  yuanAmount,
} from "./schema-parts";
import {
  ACCOUNT_OWNERS,
  ASSISTANCE_STATUSES,
  BUCKET_ID,
  DEDUCTIBLE_KEY,
  CHOSEN_CLINIC_STATUSES,
  CROSS_REGION,
  EMPLOYEE_STATUSES,
  INSURANCE_TYPES,
  ITEM_CLASSES,
  VISIT_KINDS,
} from "./vocabulary";

const option = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `${ISSUE_MESSAGES.invalid_option.en}: ${values.join(" | ")}` });

/**
 * The policy: a shipped policy id ("CN-350400") or an inline policy object. An
 * inline policy is validated against the policy schema by the contract, which
 * reports its problems under `policy.`.
 */
const policyField = z.custom<string | Record<string, unknown>>(
  (value) => (typeof value === "string" && value.trim().length > 0) || (value !== null && typeof value === "object" && !Array.isArray(value)),
  { error: "A policy id or a policy object" },
);

/** Employees also need `status` (checked with the whole request: {@link crossFieldIssues}). */
export const personSchema = z.strictObject({
  insurance: option(INSURANCE_TYPES),
  /** Employees: active (在职) or retired (退休). */
  status: option(EMPLOYEE_STATUSES).optional(),
  age: integer(0, 150).optional(),
  assistance: option(ASSISTANCE_STATUSES).optional(),
});

/** A chronic-disease visit also needs `disease` (checked with the whole request). */
export const visitSchema = z.strictObject({
  kind: option(VISIT_KINDS),
  facilityLevel: facilityLevelSchema,
  disease: z.string().min(1).max(64).optional(),
  admissionOfYear: integer(1, 366).optional(),
  referralFrom: z.strictObject({ facilityLevel: facilityLevelSchema, deductiblePaid: yuanAmount() }).optional(),
  crossRegion: option(CROSS_REGION).optional(),
  chosenClinic: option(CHOSEN_CLINIC_STATUSES).optional(),
});

/**
 * A line gives `class` or `code`, and `unitPrice` (× `quantity`) or its `amount` — both when they
 * agree (checked with the whole request: bill-line.ts).
 */
export const itemSchema = z.strictObject({
    name: z.string().max(MAX_LINE_NAME, { error: issueText("name_too_long", `at most ${MAX_LINE_NAME} characters`) }).optional(),
    /** A catalogue code; looked up when `class` is not given (explicit fields win). */
    code: z.string().min(1).max(64).optional(),
    class: option(ITEM_CLASSES).optional(),
    ...lineMoneyFields(),
    /** Class B: the share paid first by the person, overriding catalogue and region. */
    selfPayRatio: ratioFraction().optional(),
    /** Price ceiling per unit (超限价). */
    priceCeiling: yuanAmount(MAX_LINE_FEN).optional(),
});

/**
 * A year-to-date figure: amounts per key, or one amount (for this visit's
 * bucket). Per key first: a ledger's accumulators are records.
 */
function amountOrPerKey(key: RegExp) {
  return z.union([z.record(z.string().regex(key), yuanAmount()), yuanAmount()]);
}

const visitKindKey = new RegExp(`^(?:${VISIT_KINDS.join("|")})$`);

/** Year to date, before this bill; every figure optional (0). */
export const accumulatorsSchema = z.strictObject({
  /** Per bucket; a deductible charged per month is kept per bucket and month (`chronic:diabetes@2023-06`). */
  deductiblePaid: amountOrPerKey(DEDUCTIBLE_KEY).optional(),
  policyScopeAmount: amountOrPerKey(BUCKET_ID).optional(),
  fundPaid: amountOrPerKey(BUCKET_ID).optional(),
  criticalIllnessBurden: yuanAmount().optional(),
  criticalIllnessPaid: yuanAmount().optional(),
  largeAmountPaid: yuanAmount().optional(),
  assistanceBurden: yuanAmount().optional(),
  /** One amount (counted against this visit kind's sub-limit too) or amounts per visit kind. */
  assistancePaid: amountOrPerKey(visitKindKey).optional(),
});

export const personalAccountSchema = z.strictObject({
  balance: yuanAmount(),
  /** Of the balance, this year's credit (当年账户), which pays first where the policy says so; default 0. */
  currentYearBalance: yuanAmount().optional(),
  use: z.boolean().optional(),
  owner: option(ACCOUNT_OWNERS).optional(),
});

/** A field of a value that may not be an object (requests arrive as unknown JSON). */
export function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Rules across fields — employees need a status, chronic-disease visits a
 * disease, each line a class or a code, the bill a sane total. Written against
 * unknown input so the contract can run them on a request whose other fields
 * are invalid (zod skips a refinement then), and so every bad field is named.
 */
export function crossFieldIssues(request: unknown): RequestIssue[] {
  const issues: RequestIssue[] = [];
  const person = field(request, "person");
  if (field(person, "insurance") === "employee" && field(person, "status") === undefined) issues.push(issue("person.status", "status_required"));
  const visit = field(request, "visit");
  if (field(visit, "kind") === "chronic_outpatient" && field(visit, "disease") === undefined) issues.push(issue("visit.disease", "disease_required"));
  const items = field(request, "items");
  if (!Array.isArray(items)) return [...issues, ...accountIssues(field(request, "personalAccount"))];
  let total = 0;
  items.forEach((item: unknown, index) => {
    if (field(item, "class") === undefined && field(item, "code") === undefined) issues.push(issue(`items.${index}.class`, "class_or_code"));
    const money = readLineMoney({ quantity: field(item, "quantity"), unitPrice: field(item, "unitPrice"), amount: field(item, "amount") });
    if (money.ok) total += money.value.amountFen;
    else issues.push(...money.issues.map((problem) => issue(`items.${index}.${problem.field}`, problem.code, problem.detail)));
  });
  if (total > MAX_BILL_FEN) issues.push(issue("items", "bill_too_large", `at most ${formatYuan(MAX_BILL_FEN)}`));
  return [...issues, ...accountIssues(field(request, "personalAccount"))];
}

/** This year's credit is part of the balance, never more. */
function accountIssues(account: unknown): RequestIssue[] {
  const balance = field(account, "balance");
  const currentYear = field(account, "currentYearBalance");
  if (typeof balance !== "number" && typeof balance !== "string") return [];
  if (typeof currentYear !== "number" && typeof currentYear !== "string") return [];
  const whole = parseYuan(balance);
  const part = parseYuan(currentYear);
  return whole.ok && part.ok && part.value > whole.value ? [issue("personalAccount.currentYearBalance", "amount_too_large", `at most the balance ${formatYuan(whole.value)}`)] : [];
}

export const estimateRequestSchema = z.strictObject({
  policy: policyField,
  serviceDate: isoDate,
  person: personSchema,
  visit: visitSchema,
  items: z.array(itemSchema).max(MAX_LINES, { error: `${ISSUE_MESSAGES.too_many_items.en}: at most ${MAX_LINES}` }),
  accumulators: accumulatorsSchema.optional(),
  personalAccount: personalAccountSchema.optional(),
  /** Add the explanation in Chinese and English. */
  explain: z.boolean().optional(),
  /** Language of each step's note; zh-CN unless told. */
  locale: option(["zh-CN", "en"]).optional(),
}).superRefine((request, ctx) => {
  for (const problem of crossFieldIssues(request)) {
    const path = problem.path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    ctx.addIssue({ ...reasonIssue(problem.code), message: problem.message, path });
  }
});

/** A request as written. */
export type EstimateRequestInput = z.input<typeof estimateRequestSchema>;
/** A validated request: amounts still in yuan as written; an inline policy not yet checked (the contract does). */
export type EstimateRequest = z.output<typeof estimateRequestSchema>;
export type EstimateRequestItem = EstimateRequest["items"][number];
