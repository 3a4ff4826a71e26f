import { inArray, sql } from "drizzle-orm";
import { preparedStatement, type Db } from "@/lib/db";
import { ledgerHeads, people } from "@/lib/db/schema";

/**
 * Serialises ledger writes per person: one upsert per person creates the head row if missing and
 * otherwise takes its row lock (ON CONFLICT DO UPDATE locks the row like SELECT … FOR UPDATE,
 * waiting for any transaction that holds it). People are locked in ascending id order, so two
 * settlements that lock the same two people (one paid from the other's account, 家庭共济) can
 * never deadlock. Held until the transaction ends. PGlite runs one transaction at a time, so
 * there the lock never waits; the code is the same.
 */
export async function lockLedgers(tx: Db, personIds: ReadonlyArray<string>, now: Date): Promise<void> {
  for (const personId of [...new Set(personIds)].sort()) {
    await tx
      .insert(ledgerHeads)
      .values({ personId, revision: 0, changedAt: now })
      .onConflictDoUpdate({ target: ledgerHeads.personId, set: { revision: sql`${ledgerHeads.revision}` } });
  }
}

/** Records a change of these people's ledgers: the time it happened becomes their "as of". */
export async function markLedgersChanged(tx: Db, personIds: ReadonlyArray<string>, now: Date): Promise<void> {
  await ledgerHeadsChanged(tx, personIds, now);
}

/** The update markLedgersChanged runs, to run within a larger statement (settling's one write). */
export function ledgerHeadsChanged(tx: Db, personIds: ReadonlyArray<string>, now: Date) {
  return tx
    .update(ledgerHeads)
    .set({ revision: sql`${ledgerHeads.revision} + 1`, changedAt: now })
    .where(inArray(ledgerHeads.personId, [...new Set(personIds)]));
}

/**
 * lockLedgers for the people a settlement names, in the same statement as reading them: each
 * person who exists has their head row created or locked (ascending id order, as above), and
 * their birth date comes back; someone missing is simply not in the answer, and nothing is
 * locked for them. One round trip instead of a read and a lock per person.
 */
export async function lockPeopleLedgers(tx: Db, personIds: ReadonlyArray<string>, now: Date): Promise<Map<string, { birthDate: string }>> {
  const ids = [...new Set(personIds)].sort();
  // A bill names its patient and at most one paying relative: two slots make one prepared statement.
  if (ids.length === 0 || ids.length > 2) throw new RangeError("a settlement locks one or two people");
  const result = await lockPeople.execute<{ id: string; birth_date: string }>(tx, { first: ids[0]!, second: ids[1] ?? null, now: now.toISOString() });
  return new Map(result.rows.map((row) => [row.id, { birthDate: row.birth_date }]));
}

const lockPeople = preparedStatement("settle_lock_people", ["first", "second", "now"], (p) => sql`
  with named as (
    select ${people.id} as id, ${people.birthDate}::text as birth_date from ${people}
    where ${people.id} = ${p.first}::uuid or ${people.id} = ${p.second}::uuid
  ),
  locked as (
    insert into ${ledgerHeads} (person_id, revision, changed_at)
    select id, 0, ${p.now}::timestamptz from named order by id
    on conflict (person_id) do update set revision = ${ledgerHeads.revision}
    returning person_id
  )
  select named.id, named.birth_date from named join locked on locked.person_id = named.id`);
