import type { Db } from "@/lib/db";
import { guardianships } from "@/lib/db/schema";
import { personId } from "./people";
import { seedId } from "./seed-id";

/** Both parents are guardians of zhou-yu (9), who has no phone and no account of her own. */
export const seedGuardianships = [
  { id: seedId("guardian:zhou-wei:zhou-yu"), guardianPersonId: personId("zhou-wei"), dependantPersonId: personId("zhou-yu") },
  { id: seedId("guardian:wu-jing:zhou-yu"), guardianPersonId: personId("wu-jing"), dependantPersonId: personId("zhou-yu") },
];

export async function seedFamily(db: Db): Promise<void> {
  await db.insert(guardianships).values(seedGuardianships).onConflictDoNothing();
}
