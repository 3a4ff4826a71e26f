/** The types a browser reads of the ledger: entitlements, settlements, account entries. */
export type { ChronicApprovalEntitlement, CrossRegionFilingEntitlement, EntitlementBucket, Entitlements } from "./entitlements";
export type { SettlementDetail, SettlementListItem, SettlementPage } from "./settlements";
export type { AccountEntryDto } from "./account-entries";
export type { SupplementaryStatus } from "./supplementary-status";
