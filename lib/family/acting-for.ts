import "server-only";
import { and, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { grants, guardianships, people } from "@/lib/db/schema";
import { chinaDay } from "@/lib/dates";
import { maskName } from "@/lib/privacy/mask";
import { isDependantAge } from "./rules";

export interface ActingForOption {
  personId: string;
  maskedName: string;
  via: "self" | "guardian" | "grant";
}

/**
 * The people the account may act for on home: itself, the dependant children it is guardian of,
 * and relatives whose accepted, current grant lets it view their coverage. Listing names is not
 * an access to their data, so it is not logged; opening one goes through authorisePersonAccess.
 */
export async function listActingFor(db: Db, user: { userId: string; personId: string | null }, now: Date): Promise<ActingForOption[]> {
  const options: ActingForOption[] = [];
  if (user.personId !== null) {
    const [self] = await db.select({ name: people.name }).from(people).where(eq(people.id, user.personId));
    if (self) options.push({ personId: user.personId, maskedName: maskName(self.name), via: "self" });
    const today = chinaDay(now);
    const dependants = await db
      .select({ id: people.id, name: people.name, birthDate: people.birthDate })
      .from(guardianships)
      .innerJoin(people, eq(people.id, guardianships.dependantPersonId))
      .where(and(eq(guardianships.guardianPersonId, user.personId), isNull(guardianships.endedAt)));
    for (const d of dependants) {
      if (isDependantAge(d.birthDate, today)) options.push({ personId: d.id, maskedName: maskName(d.name), via: "guardian" });
    }
  }
  const granted = await db
    .select({ id: people.id, name: people.name })
    .from(grants)
    .innerJoin(people, eq(people.id, grants.grantorPersonId))
    .where(
      and(
        eq(grants.granteeUserId, user.userId),
        isNull(grants.revokedAt),
        sql`${grants.acceptedAt} is not null`,
        lte(grants.validFrom, now),
        or(isNull(grants.validTo), gte(grants.validTo, now)),
        sql`'view_coverage' = any(${grants.scopes})`,
      ),
    );
  for (const g of granted) {
    if (!options.some((o) => o.personId === g.id)) options.push({ personId: g.id, maskedName: maskName(g.name), via: "grant" });
  }
  return options;
}
