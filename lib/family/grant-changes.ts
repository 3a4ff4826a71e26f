import "server-only";
import { and, eq, isNull, or } from "drizzle-orm";
import { runTransaction, type Db } from "@/lib/db";
import { grants, users, type GrantRelation } from "@/lib/db/schema";
import { chinaDay } from "@/lib/dates";
import {
  grantAlreadyEnded, grantAlreadyOpen, grantNotFound, grantNotPending, grantToSelf, granteeNotFound,
  mutualAidNotEmployee, mutualAidNotRelative, noOwnPerson, relationRequired, validUntilInPast,
} from "./errors";
import { insuranceOn, registeredRelation } from "./relations";
import { grantStatus, isGrantOpen, mutualAidRefusal, normaliseScopes } from "./rules";
import { createGrantSchema, type CreateGrantInput } from "./schemas";

export interface GrantActor {
  userId: string;
  personId: string | null;
}

/** The last instant of a China calendar day (UTC+8), so "until 2025-06-30" includes that day. */
export function endOfChinaDay(day: string): Date {
  return new Date(`${day}T23:59:59.999+08:00`);
}

/**
 * The insured person (the signed-in account's own person) offers a grant to the account with
 * `granteePhone`, saying who that family member is to them. It is pending until that account
 * accepts it.
 */
export async function createGrant(db: Db, actor: GrantActor, raw: CreateGrantInput, now: Date): Promise<{ id: string }> {
  const input = createGrantSchema.parse(raw);
  const grantorPersonId = actor.personId;
  if (grantorPersonId === null) throw noOwnPerson();
  const today = chinaDay(now);
  if (input.validUntil !== undefined && input.validUntil < today) throw validUntilInPast();
  const [grantee] = await db.select({ id: users.id, personId: users.personId }).from(users).where(eq(users.phone, input.granteePhone));
  if (!grantee) throw granteeNotFound();
  if (grantee.id === actor.userId) throw grantToSelf();
  const scopes = normaliseScopes(input.scopes);
  const registered = grantee.personId === null ? null : await registeredRelation(db, grantorPersonId, grantee.personId);
  const relation: GrantRelation | undefined = input.relation ?? registered ?? undefined;
  if (relation === undefined) throw relationRequired();
  if (scopes.includes("pay_from_account")) await requireMutualAid(db, grantorPersonId, relation, registered, today);

  return runTransaction(db, async (tx) => {
    const existing = await tx
      .select()
      .from(grants)
      .where(and(eq(grants.grantorPersonId, grantorPersonId), eq(grants.granteeUserId, grantee.id)));
    if (existing.some((g) => isGrantOpen(grantStatus(g, now)))) throw grantAlreadyOpen();
    const [row] = await tx
      .insert(grants)
      .values({
        grantorPersonId,
        granteeUserId: grantee.id,
        scopes,
        relation,
        validFrom: now,
        validTo: input.validUntil === undefined ? null : endOfChinaDay(input.validUntil),
        createdAt: now,
      })
      .returning({ id: grants.id });
    return { id: row!.id };
  });
}

/**
 * "Pay from my personal account" is lent only to a close relative as the registry records them
 * (the relation stated on the grant must be the registered one) and only from an employee's account.
 */
async function requireMutualAid(db: Db, grantorPersonId: string, stated: GrantRelation, registered: string | null, day: string): Promise<void> {
  const refusal = mutualAidRefusal({ relation: registered === stated ? registered : null, holderInsurance: await insuranceOn(db, grantorPersonId, day) }, day);
  if (refusal === "not_employee") throw mutualAidNotEmployee();
  if (refusal === "not_close_relative") throw mutualAidNotRelative();
}

/** The grantee accepts a pending grant; only then can it be used. */
export async function acceptGrant(db: Db, actor: GrantActor, grantId: string, now: Date): Promise<void> {
  const [row] = await db.select().from(grants).where(and(eq(grants.id, grantId), eq(grants.granteeUserId, actor.userId)));
  if (!row) throw grantNotFound();
  if (grantStatus(row, now) !== "pending") throw grantNotPending();
  const updated = await db
    .update(grants)
    .set({ acceptedAt: now })
    .where(and(eq(grants.id, grantId), isNull(grants.acceptedAt), isNull(grants.revokedAt)))
    .returning({ id: grants.id });
  if (updated.length === 0) throw grantNotPending();
}

/**
 * Either party ends a grant at any time: the giver withdraws it, the family member leaves it (or
 * declines a pending one). From this instant every use is refused, and codes shown under it
 * fail verification.
 */
export async function endGrant(db: Db, actor: GrantActor, grantId: string, now: Date): Promise<void> {
  const party =
    actor.personId === null
      ? eq(grants.granteeUserId, actor.userId)
      : or(eq(grants.granteeUserId, actor.userId), eq(grants.grantorPersonId, actor.personId));
  const [row] = await db.select().from(grants).where(and(eq(grants.id, grantId), party));
  if (!row) throw grantNotFound();
  if (!isGrantOpen(grantStatus(row, now))) throw grantAlreadyEnded();
  await db
    .update(grants)
    .set({ revokedAt: now, revokedByUserId: actor.userId })
    .where(and(eq(grants.id, grantId), isNull(grants.revokedAt)));
}
