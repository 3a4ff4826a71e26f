/**
 * The counter: a scanned code verified once (a one-time settlement token), the bill settled
 * against the person's ledger, a receipt, a reversal. Server entry; client.ts for the browser.
 */
import "server-only";
export * from "./client";
export { consumeSettlementToken, newSettlementToken, personOfSettlementToken, SETTLEMENT_TOKEN_LIFETIME_MS } from "./settlement-tokens";
export {
  DEFAULT_COUNTER_RULES, getSettlementAtTerminal, reverseAtTerminal, reverseRequestAtTerminal, SETTLE_RATE_LIMIT, settleAtTerminal, settleRequestAtTerminal,
  type CounterRules, type SettleAtTerminalResult,
} from "./settlements";
export { handleVerifyRequest, purgeUsedVoucherCodes, verifyVoucherAtTerminal, VERIFY_RATE_LIMIT, type VerifiedVoucher, type VerifyAtTerminalOptions } from "./voucher-verification";
export { toTerminalSettlementDto } from "./settlement-dto";
