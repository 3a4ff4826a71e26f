/**
 * The request context: `{ db, now, locale, actor, subject }`, made once per request by the
 * wrapper of its kind of entry point — `page`, `action`, `route` — which also authorises the
 * subject once for the entry point's scope. CONTRIBUTING.md shows how to write each.
 */
import "server-only";
export type { Actor, AnonymousActor, ClientFacts, PersonActor, RequestContext, Subject, SubjectNeed, TerminalActor } from "./types";
export { page, pageMetadata, actingForHref, type PageContext, type PageProps, type PageRefusal, type SearchParams } from "./page";
export { action, formAction, formValues, InvalidInput, type ActionContext } from "./action";
export { FORM_ARGUMENTS, FORM_ONLY_ARGUMENTS, NO_ARGUMENTS, type ActionArguments } from "./arguments";
export { route, type RouteContext } from "./route";
export { patientShellContext, shellContext, type ActingForView } from "./layout";
export type { ActionResult, ActionState, FormValues } from "./result";
export {
  ACTING_FOR_COOKIE, clearSessionCookies, clearTerminalCookie, setDeviceCookie, setKioskKeyCookie, setKioskSessionCookie, setPreferenceCookie,
  setSessionCookie, setTerminalCookie,
} from "./cookies";
export { chosenPerson } from "./subject";
