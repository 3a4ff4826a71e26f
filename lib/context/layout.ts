import "server-only";
import { redirect } from "next/navigation";
import { listActingFor, type ActingForOption } from "@/lib/family";
import { personActor } from "./actor";
import { baseContext, messagesAbout, preferences, type BaseContext, type Preferences } from "./base";
import { frameworkInput } from "./request-input";
import { actingForChoice } from "./subject";
import type { PersonActor } from "./types";

/** Whom the account is acting for, as every patient screen shows it: who they are and what the account may do, or that it ended. */
export type ActingForView = Pick<ActingForOption, "personId" | "maskedName" | "gender" | "relation" | "via" | "scopes" | "until"> | { personId: string; ended: true };

/**
 * A layout's context: the language and easy mode for the shell; for the patient screens also the
 * account and the acting-for choice, for the banner and the navigation (listing whom one may act
 * for is not an access to their data, so nothing is logged here: each page authorises its own).
 */
export async function shellContext(): Promise<Preferences> {
  return preferences(await frameworkInput());
}

export async function patientShellContext(): Promise<BaseContext & { actor: PersonActor; actingFor: ActingForView | null }> {
  const input = await frameworkInput();
  const base = await baseContext(input);
  const actor = await personActor(base.db, input, base.now);
  if (!actor) redirect("/sign-in");
  const chosen = actingForChoice(input, actor);
  if (chosen === null) return { ...base, actor, actingFor: null };
  const option = (await listActingFor(base.db, actor, base.now, null)).find((o) => o.personId === chosen);
  if (!option) return { ...base, actor, actingFor: { personId: chosen, ended: true } };
  const { personId, maskedName, gender, relation, via, scopes, until } = option;
  return { ...base, m: messagesAbout(base.locale, option), actor, actingFor: { personId, maskedName, gender, relation, via, scopes, until } };
}
