import "server-only";
import { and, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { grants, guardianships, people, type GrantRelation, type GrantScope } from "@/lib/db/schema";
import { chinaDay } from "@/lib/dates";
import { maskName } from "@/lib/privacy";
import { ALL_SCOPES, type PersonAccessScope } from "./access";
import { registeredRelations } from "./relations";
import type { Relative } from "./relative";
import { isDependantAge, relationSeenByOther } from "./rules";

export interface ActingForOption extends Relative {
  personId: string;
  maskedName: string;
  via: "self" | "guardian" | "grant";
  /** What the account may do for this person (a grant's scopes; everything for self and guardian). */
  scopes: PersonAccessScope[];
  /** The grant's last instant (ISO), for "until" on the banner; null for self, guardian, or a grant without an end. */
  until: string | null;
}

/**
 * The people the account may act for: itself, the dependant children it is guardian of, and
 * relatives whose accepted, current grant carries `scope` (home's switcher: "view_coverage";
 * null: any scope), each with who they are to the account. Listing names is not an access to
 * their data, so it is not logged; opening their data goes through authorisePersonAccess.
 */
export async function listActingFor(
  db: Db,
  user: { userId: string; personId: string | null },
  now: Date,
  scope: GrantScope | null = "view_coverage",
): Promise<ActingForOption[]> {
  const options: ActingForOption[] = [];
  if (user.personId !== null) {
    const [self] = await db.select({ name: people.name, gender: people.gender }).from(people).where(eq(people.id, user.personId));
    if (self) options.push({ personId: user.personId, maskedName: maskName(self.name), gender: self.gender, relation: null, via: "self", scopes: [...ALL_SCOPES], until: null });
    const today = chinaDay(now);
    const dependants = await db
      .select({ id: people.id, name: people.name, gender: people.gender, birthDate: people.birthDate })
      .from(guardianships)
      .innerJoin(people, eq(people.id, guardianships.dependantPersonId))
      .where(and(eq(guardianships.guardianPersonId, user.personId), isNull(guardianships.endedAt)));
    for (const d of dependants) {
      if (isDependantAge(d.birthDate, today)) {
        options.push({ personId: d.id, maskedName: maskName(d.name), gender: d.gender, relation: "child", via: "guardian", scopes: [...ALL_SCOPES], until: null });
      }
    }
  }
  const granted = await db
    .select({ id: people.id, name: people.name, gender: people.gender, scopes: grants.scopes, relation: grants.relation, validTo: grants.validTo })
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
  const registry = user.personId === null ? new Map<string, GrantRelation>() : await registeredRelations(db, user.personId, granted.map((g) => g.id));
  for (const g of granted) {
    if (options.some((o) => o.personId === g.id)) continue;
    // The grant names the family member as the grantor saw them; seen from here it is the other way round.
    const relation = g.relation !== null ? relationSeenByOther(g.relation) : (registry.get(g.id) ?? null);
    options.push({
      personId: g.id,
      maskedName: maskName(g.name),
      gender: g.gender,
      relation,
      via: "grant",
      scopes: g.scopes as GrantScope[],
      until: g.validTo?.toISOString() ?? null,
    });
  }
  return options;
}
