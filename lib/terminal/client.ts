/** The browser-safe part of lib/terminal: the request schemas and what the counter is answered. */
export * from "./settlement-request";
export * from "./verify-request";
export * from "./service-date";
export type { TerminalSettlementDto } from "./settlement-dto";
export type { VerifiedVoucher } from "./voucher-verification";
export type { CounterFamilyAccount } from "./family-account";
