/**
 * What proxy.ts does for every request before it reaches a route: refuses what no route can read
 * (screening.ts) and gives the response its security headers (headers.ts). Runs before routing,
 * so it reads no database and no session; it imports nothing of the app's domains.
 */
export { contentSecurityPolicy, CSP_REPORT_PATH, newNonce, securityHeaders } from "./headers";
export {
  ACTION_BODY_LIMIT, holdsNul, jsonDepth, MAX_JSON_DEPTH, screenActionForm, screenActionText, screenOrigin, screenUrl, type Refusal,
} from "./screening";
