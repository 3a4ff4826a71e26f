/**
 * The person's ledger (docs/ledger.md): settle a bill, reverse it, verify the whole ledger; the
 * year to date and the personal account as the screens and the API read them. Server-only;
 * every function takes the database first.
 */
import "server-only";
export { settle, type SettleHooks, type SettleResult } from "./settle";
export { reverse } from "./reverse";
export { verifyLedger, type LedgerMismatch, type LedgerVerification } from "./verify";
export { findSettlementIdByKey, loadLedgerSettlement, type LedgerSettlement } from "./records";
export { loadAccumulators } from "./accumulators";
export { accountBalance, appendAccountEntries, appendAccountEntry, type NewAccountEntry } from "./account";
export { settleInputSchema, settleLineSchema, settleVisitSchema, reverseInputSchema, type SettleInput, type ReverseInput } from "./settle-input";
export { crossRegionOn, enrolmentOn, loadEngineInput, type Assumptions, type AssumedYearToDate, type Bill, type EngineInput, type Enrolment } from "./settlement-context";
export { quote, type QuoteResult } from "./quote";
export { ENDING_SOON_DAYS, getEntitlements, RECENT_ACCOUNT_ENTRIES, type Entitlements } from "./entitlements";
export { entitlementSummaryOf, getEntitlementSummaryForTerminal, type EntitlementSummary } from "./entitlement-summary";
export { entitlementFactsFromJson, entitlementFactsJson, type EntitlementFacts } from "./entitlement-facts";
export { getSettlement, listSettlements, DEFAULT_SETTLEMENT_PAGE, MAX_SETTLEMENT_PAGE } from "./settlements";
export { listAccountEntries } from "./account-entries";
export { benefitRule, type BenefitRule } from "./benefit-rules";
export { supplementaryStatus } from "./supplementary-status";
export type * from "./client";
