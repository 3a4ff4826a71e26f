/**
 * Family access (家庭授权): who may act for whom — the one gate `authorisePersonAccess` and its
 * access log — grants given and received, guardianship of dependant children, the relatives'
 * codes an account may show, and the relatives' accounts that may pay a bill (家庭共济).
 * Server entry; client.ts holds what a browser may load.
 */
import "server-only";
export * from "./client";
export * from "./schemas";
export { ALL_SCOPES, authorisePersonAccess, isGuardianOf, recordCounterUse, type AccessingUser, type PersonAccess } from "./access";
export { ACCESS_LOG_PAGE, collapseRepeats, listAccessLog } from "./access-log";
export { listActingFor } from "./acting-for";
export { familyAccountHolders, familyAccountsFor, lentAccountsFromJson, lentAccountsJson, type FamilyAccount, type LentAccount } from "./family-accounts";
export { acceptGrant, createGrant, endGrant, endOfChinaDay, type GrantActor } from "./grant-changes";
export * from "./grants";
export { checkGuardianCode, listGuardianCodes } from "./guardian-codes";
export { insuranceOn, registeredRelation, registeredRelations } from "./relations";
export { showableCodes } from "./showable-codes";
