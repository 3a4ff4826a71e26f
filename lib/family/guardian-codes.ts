import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { guardianships, people, users } from "@/lib/db/schema";
import { chinaDay } from "@/lib/dates";
import { isDependantAge } from "./rules";
import { maskName } from "@/lib/privacy";
import { isId } from "@/lib/voucher";
import type { ShowCodeGrant } from "./grants";

/**
 * A guardian shows a dependant child's code without a grant (the child has no account to grant
 * from): the code's grant slot then names the guardianship. It is accepted while the
 * guardianship is open and the child is under 16, and only from the guardian's own device.
 */
export type GuardianCodeCheck = "ok" | "not_found" | "ended";

export async function checkGuardianCode(
  db: Db,
  guardianshipId: string,
  parties: { dependantPersonId: string; guardianPersonId: string | null },
  now: Date,
): Promise<GuardianCodeCheck> {
  if (!isId(guardianshipId) || parties.guardianPersonId === null) return "not_found";
  const [row] = await db
    .select({ endedAt: guardianships.endedAt, birthDate: people.birthDate })
    .from(guardianships)
    .innerJoin(people, eq(people.id, guardianships.dependantPersonId))
    .where(
      and(
        eq(guardianships.id, guardianshipId),
        eq(guardianships.guardianPersonId, parties.guardianPersonId),
        eq(guardianships.dependantPersonId, parties.dependantPersonId),
      ),
    );
  if (!row) return "not_found";
  return row.endedAt === null && isDependantAge(row.birthDate, chinaDay(now)) ? "ok" : "ended";
}

/** The dependants whose codes the account's guardian may show now, in the code screen's grant shape. */
export async function listGuardianCodes(db: Db, userId: string, now: Date): Promise<ShowCodeGrant[]> {
  const [account] = await db.select({ personId: users.personId }).from(users).where(eq(users.id, userId));
  if (!account?.personId) return [];
  const rows = await db
    .select({ id: guardianships.id, personId: people.id, voucherId: people.voucherId, name: people.name, birthDate: people.birthDate })
    .from(guardianships)
    .innerJoin(people, eq(people.id, guardianships.dependantPersonId))
    .where(and(eq(guardianships.guardianPersonId, account.personId), isNull(guardianships.endedAt)));
  const day = chinaDay(now);
  return rows
    .filter((r) => isDependantAge(r.birthDate, day))
    .map((r) => ({ grantId: r.id, personId: r.personId, voucherId: r.voucherId, maskedName: maskName(r.name) }));
}
