/**
 * The reimbursement engine (public API). Pure: no I/O, no clock.
 *
 * - {@link estimate}: the JSON contract (yuan in, yuan out) used by the command
 *   line, `POST /api/v1/estimate` and the Estimate server action.
 * - {@link computeSettlement}: the fen-domain core for a counter or a ledger.
 * - {@link estimateRequestSchema}: the one request schema (forms, actions, routes).
 * - {@link policySchema} and the shipped policies ({@link getPolicy}).
 */
export { estimate, formatResponseJson } from "./contract";
export type { CatalogueItemFacts, CatalogueLookup, EstimateOptions, EstimateResponse, EstimateResult, EstimateStep, EstimateAccumulators } from "./contract";
export { bucketOf, findBenefit } from "./benefits";
export { computeSettlement } from "./engine";
export type { SettlementResult } from "./engine";
export { emptyAccumulators } from "./accumulators";
export { criticalIllnessRuleFor } from "./supplementary";
export { explainSettlement, stepNote } from "./explain";
export type { Locale } from "./explain";
export { ISSUE_MESSAGES, issue, issueMessage } from "./issues";
export { issuesFromZod } from "./zod-issues";
export type { IssueCode, RequestIssue } from "./issues";
export { MAX_LINE_NAME, readLineMoney, unitPriceOf } from "./bill-line";
export type { LineMoney, LineMoneyField, LineMoneyInput, LineMoneyIssue, LineMoneyProblem, LineMoneyResult } from "./bill-line";
export { lineAmountField, lineMoneyFields, lineMoneyIssues, lineQuantityField, refineLineMoney } from "./bill-line-schema";
export { MAX_AMOUNT_TEXT, MAX_QUANTITY, MAX_QUANTITY_TEXT, normaliseTypedNumber, readAmount, readQuantity } from "./typed-input";
export type { AmountProblem, AmountRules, QuantityProblem, TypedResult } from "./typed-input";
export { formatPercent, formatYuan, mulRatio, parseRatio, parseYuan, toYuanNumber } from "./money";
export type { BasisPoints, Fen } from "./money";
export { getPolicy, getPolicyInput, policyIds } from "./policies";
export { CLOSE_RELATIVES, FAMILY_MUTUAL_AID, familyMutualAidProvenance, inverseRelation, mayPayForRelative, mutualAidRelationsOn, type CloseRelative } from "./policies/family-mutual-aid";
export { policySchema } from "./policy-schema";
export { allPolicyProvenance, policyProvenance, provenanceOf } from "./provenance";
export { everyProvenance, NATIONAL_RULES_ID, provenanceById } from "./provenance-by-id";
export type { PolicyProvenance, ProvenanceEntry } from "./provenance";
export type { Policy, PolicyInput } from "./policy-schema";
export { bucketMatches, policyVersionOn } from "./policy-version";
export type { BenefitVersion, PolicyVersion } from "./policy-version";
export { matchRow, type RowContext } from "./rows";
export { estimateRequestSchema, itemSchema, personSchema, visitSchema, accumulatorsSchema, personalAccountSchema } from "./request-schema";
export type { EstimateRequest, EstimateRequestInput, EstimateRequestItem } from "./request-schema";
export { facilityLevelSchema, isIsoDate, MAX_BILL_FEN, MAX_LINE_FEN, MAX_LINES, MAX_RUNNING_FEN } from "./schema-parts";
export type {
  Accumulators,
  AccountUse,
  BillLine,
  BucketAmounts,
  Person,
  PolicyReference,
  Settlement,
  SettlementAmounts,
  SettlementInput,
  Step,
  StepRule,
  Visit,
} from "./types";
export * from "./vocabulary";
