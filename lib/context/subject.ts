import "server-only";
import type { Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { authorisePersonAccess, type AccessLogAction, type PersonAccessScope } from "@/lib/family";
import { getMaskedName } from "@/lib/people";
import { isId } from "@/lib/voucher";
import { ACTING_FOR_COOKIE } from "./cookies";
import type { RequestInput } from "./request-input";
import type { PersonActor, Subject } from "./types";

/** The person a request or a link asks for: an id, or null for the account's own person. */
export function chosenPerson(requested: string | null | undefined, actor: PersonActor): string | null {
  if (!requested || requested === "self" || requested === actor.personId) return null;
  return requested;
}

/** The acting-for choice remembered on this browser (see ACTING_FOR_COOKIE). */
export function actingForChoice(input: RequestInput, actor: PersonActor): string | null {
  return chosenPerson(input.cookie(ACTING_FOR_COOKIE), actor);
}

/**
 * The one authorisation of a request: may `actor` do `scope` for `personId` (null: its own
 * person)? Writes the access log once for any access that is not the person's own, and refuses
 * with one typed error ("forbidden"; "no_person" for an account without an insured person).
 */
export async function authoriseSubject(
  db: Db,
  actor: PersonActor,
  personId: string | null,
  scope: PersonAccessScope,
  options: { log: AccessLogAction | undefined; now: Date },
): Promise<Subject> {
  const target = personId ?? actor.personId;
  if (target === null) throw new DomainError("no_person");
  // Paying from a personal account is never done from a shared screen.
  if (actor.kiosk && scope === "pay_from_account") throw new DomainError("kiosk_not_allowed");
  if (!isId(target)) throw new DomainError("forbidden");
  const access = await authorisePersonAccess(db, actor, target, scope, { action: options.log, now: options.now });
  const maskedName = await getMaskedName(db, target);
  if (maskedName === null) throw new DomainError("forbidden");
  return { personId: target, via: access.via, grantId: access.grantId, scopes: access.scopes, maskedName };
}
