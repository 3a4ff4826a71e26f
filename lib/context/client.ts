/** What a browser bundle may take from the request context: the action result's types. */
export type { ActionResult, ActionState, FormValues } from "./result";
