import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { enrolmentInForce, type Db } from "@/lib/db";
import { enrolments, familyRelations, type RelationKind } from "@/lib/db/schema";

/** Who `relativeId` is to `personId` in the family registry (e.g. "child"), or null when not on record. */
export async function registeredRelation(db: Db, personId: string, relativeId: string): Promise<RelationKind | null> {
  const [row] = await db
    .select({ relation: familyRelations.relation })
    .from(familyRelations)
    .where(and(eq(familyRelations.personId, personId), eq(familyRelations.relativeId, relativeId)))
    .limit(1);
  return row?.relation ?? null;
}

/** Who each of `relativeIds` is to `personId`, for those on record. */
export async function registeredRelations(db: Db, personId: string, relativeIds: string[]): Promise<Map<string, RelationKind>> {
  if (relativeIds.length === 0) return new Map();
  const rows = await db
    .select({ relativeId: familyRelations.relativeId, relation: familyRelations.relation })
    .from(familyRelations)
    .where(and(eq(familyRelations.personId, personId), inArray(familyRelations.relativeId, relativeIds)));
  return new Map(rows.map((r) => [r.relativeId, r.relation]));
}

/** The person's insurance on `day` (the enrolment in force), or null when not enrolled. */
export async function insuranceOn(db: Db, personId: string, day: string): Promise<"employee" | "resident" | null> {
  const [row] = await db
    .select({ insurance: enrolments.insurance })
    .from(enrolments)
    .where(enrolmentInForce(personId, day))
    .orderBy(desc(enrolments.validFrom))
    .limit(1);
  return row?.insurance ?? null;
}
