import "server-only";
import { and, desc, eq, isNull, or } from "drizzle-orm";
import { enrolmentInForce } from "@/lib/db";
import { runTransaction, type Db } from "@/lib/db";
import { enrolments, familyRelations, grants, users } from "@/lib/db/schema";
import { chinaDay } from "@/lib/dates";
import {
  grantAlreadyEnded, grantAlreadyOpen, grantNotFound, grantNotPending, grantToSelf, granteeNotFound,
  mutualAidNotEmployee, mutualAidNotRelative, noOwnPerson, validUntilInPast,
} from "./errors";
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
 * `granteePhone`. It is pending until that account accepts it.
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
  if (scopes.includes("pay_from_account")) await requireMutualAid(db, grantorPersonId, grantee.personId, today);

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
        validFrom: now,
        validTo: input.validUntil === undefined ? null : endOfChinaDay(input.validUntil),
        createdAt: now,
      })
      .returning({ id: grants.id });
    return { id: row!.id };
  });
}

async function requireMutualAid(db: Db, grantorPersonId: string, granteePersonId: string | null, day: string): Promise<void> {
  const [enrolment] = await db
    .select({ insurance: enrolments.insurance })
    .from(enrolments)
    .where(enrolmentInForce(grantorPersonId, day))
    .orderBy(desc(enrolments.validFrom))
    .limit(1);
  const [relation] =
    granteePersonId === null
      ? []
      : await db
          .select({ relation: familyRelations.relation })
          .from(familyRelations)
          .where(and(eq(familyRelations.personId, granteePersonId), eq(familyRelations.relativeId, grantorPersonId)));
  const refusal = mutualAidRefusal({ relation: relation?.relation ?? null, grantorInsurance: enrolment?.insurance ?? null });
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
 * Either party ends a grant at any time (and the grantee may decline a pending one the same way).
 * From this instant every use is refused, and codes shown under it fail verification.
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
