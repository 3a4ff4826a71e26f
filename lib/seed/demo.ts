import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import {
  alliances, chronicApprovals, crossRegionFilings, enrolments, facilities, familyRelations, people, regions, terminals, users,
} from "@/lib/db/schema";
import { sha256Hex } from "@/lib/auth";
import { seedCatalogue } from "./catalogue";
import { seedClinic } from "./clinic";
import { seedFamily } from "./family";
import { seedKiosk } from "./kiosk";
import { facilityId, seedFacilities } from "./facilities";
import { seedLedger } from "./ledger";
import { seedAlliances, seedRegions } from "./regions";
import {
  seedChronicApprovals, seedEnrolments, seedFamilyRelations, seedFilings, seedPeople, seedUsers,
} from "./people";
import { seedId } from "./seed-id";
import { DEMO_TERMINAL } from "./terminal";

export interface SeedResult {
  /** The demo terminal's key when this run created it (null when it already existed). */
  terminalKey: string | null;
  counts: Record<string, number>;
}

/**
 * Loads the demo data. Idempotent: every row has a stable id and inserts skip existing rows,
 * so a second run changes nothing and keeps the first run's terminal key.
 */
export async function seedDemoData(db: Db, options: { terminalKey?: string; today: Date }): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    await tx.insert(regions).values([...seedRegions]).onConflictDoNothing();
    await tx.insert(alliances).values(seedAlliances).onConflictDoNothing();
    await tx.insert(facilities).values(seedFacilities).onConflictDoNothing();
    await tx.insert(people).values(seedPeople).onConflictDoNothing();
    await tx.insert(enrolments).values(seedEnrolments).onConflictDoNothing();
    await tx.insert(users).values(seedUsers).onConflictDoNothing();
    await tx.insert(familyRelations).values(seedFamilyRelations).onConflictDoNothing();
    await tx.insert(chronicApprovals).values(seedChronicApprovals(options.today)).onConflictDoNothing();
    await tx.insert(crossRegionFilings).values(seedFilings(options.today)).onConflictDoNothing();
    await seedClinic(tx, options.today);
    await seedLedger(tx, options.today);
    await seedCatalogue(tx);
    await seedFamily(tx);
    await seedKiosk(tx);

    // A configured key always wins (so CI and docs can rely on it); a random one is made only once.
    const key = options.terminalKey ?? `ybt_${randomBytes(24).toString("base64url")}`;
    const terminal = { id: seedId("terminal:demo"), name: DEMO_TERMINAL.name, facilityId: facilityId(DEMO_TERMINAL.facility), keyHash: sha256Hex(key) };
    const insert = tx.insert(terminals).values(terminal);
    const inserted = await (options.terminalKey
      ? insert.onConflictDoUpdate({ target: terminals.id, set: { keyHash: terminal.keyHash, revokedAt: null } })
      : insert.onConflictDoNothing()
    ).returning({ id: terminals.id });

    const counts: Record<string, number> = {};
    for (const [name, table] of Object.entries({ regions, facilities, people, users, terminals })) {
      const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(table);
      counts[name] = row?.n ?? 0;
    }
    return { terminalKey: inserted.length > 0 ? key : null, counts };
  });
}
