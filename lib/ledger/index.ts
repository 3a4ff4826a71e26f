/**
 * The person's ledger (docs/ledger.md): settle a bill, reverse it, verify the whole ledger.
 * Server-only; every function takes the database first.
 */
export { settle, type SettleResult, type SettleTestHooks } from "./settle";
export { reverse } from "./reverse";
export { verifyLedger, type LedgerMismatch, type LedgerVerification } from "./verify";
export { findSettlementIdByKey, loadLedgerSettlement, type LedgerSettlement } from "./records";
export { loadAccumulators } from "./accumulators";
export { accountBalance } from "./account";
export { resolveChosenClinicStatus } from "@/lib/clinic/chosen-clinic-status";
export { settleInputSchema, settleLineSchema, settleVisitSchema, reverseInputSchema, type SettleInput, type ReverseInput } from "./settle-input";
