import "server-only";
import { and, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { grants, guardianships, people, type GrantScope } from "@/lib/db/schema";
import { chinaDay } from "@/lib/dates";
import { maskName } from "@/lib/privacy";
import { ALL_SCOPES, type PersonAccessScope } from "./access";
import { isDependantAge } from "./rules";

export interface ActingForOption {
  personId: string;
  maskedName: string;
  via: "self" | "guardian" | "grant";
  /** What the account may do for this person (a grant's scopes; everything for self and guardian). */
  scopes: PersonAccessScope[];
}

/**
 * The people the account may act for: itself, the dependant children it is guardian of, and
 * relatives whose accepted, current grant carries `scope` (home's switcher: "view_coverage";
 * null: any scope). Listing names is not an access to their data, so it is not logged; opening
 * their data goes through authorisePersonAccess.
 */
export async function listActingFor(
  db: Db,
  user: { userId: string; personId: string | null },
  now: Date,
  scope: GrantScope | null = "view_coverage",
): Promise<ActingForOption[]> {
  const options: ActingForOption[] = [];
  if (user.personId !== null) {
    const [self] = await db.select({ name: people.name }).from(people).where(eq(people.id, user.personId));
    if (self) options.push({ personId: user.personId, maskedName: maskName(self.name), via: "self", scopes: [...ALL_SCOPES] });
    const today = chinaDay(now);
    const dependants = await db
      .select({ id: people.id, name: people.name, birthDate: people.birthDate })
      .from(guardianships)
      .innerJoin(people, eq(people.id, guardianships.dependantPersonId))
      .where(and(eq(guardianships.guardianPersonId, user.personId), isNull(guardianships.endedAt)));
    for (const d of dependants) {
      if (isDependantAge(d.birthDate, today)) options.push({ personId: d.id, maskedName: maskName(d.name), via: "guardian", scopes: [...ALL_SCOPES] });
    }
  }
  const granted = await db
    .select({ id: people.id, name: people.name, scopes: grants.scopes })
    .from(grants)
    .innerJoin(people, eq(people.id, grants.grantorPersonId))
    .where(
      and(
        eq(grants.granteeUserId, user.userId),
        isNull(grants.revokedAt),
        sql`${grants.acceptedAt} is not null`,
        lte(grants.validFrom, now),
        or(isNull(grants.validTo), gte(grants.validTo, now)),
        scope === null ? undefined : sql`${scope} = any(${grants.scopes})`,
      ),
    );
  for (const g of granted) {
    if (!options.some((o) => o.personId === g.id)) options.push({ personId: g.id, maskedName: maskName(g.name), via: "grant", scopes: g.scopes as GrantScope[] });
  }
  return options;
}
