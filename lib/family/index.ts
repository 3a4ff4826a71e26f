/**
 * Family access (家庭授权): who may act for whom — the one gate `authorisePersonAccess` and its
 * access log — grants given and received, guardianship of dependant children, and the relatives'
 * codes an account may show. Server entry; client.ts holds what a browser may load.
 */
import "server-only";
export * from "./client";
export { ALL_SCOPES, authorisePersonAccess, isGuardianOf, type AccessingUser, type PersonAccess } from "./access";
export { ACCESS_LOG_PAGE, listAccessLog } from "./access-log";
export { listActingFor } from "./acting-for";
export { acceptGrant, createGrant, endGrant, endOfChinaDay, type GrantActor } from "./grant-changes";
export * from "./grants";
export { checkGuardianCode, listGuardianCodes } from "./guardian-codes";
export { showableCodes } from "./showable-codes";
