import { randomUUID } from "node:crypto";
import { sha256Hex } from "@/lib/auth";
import type { Db } from "@/lib/db";
import { appendAccountEntries } from "@/lib/ledger";
import { alliances, enrolments, facilities, people, regions, terminals } from "@/lib/db/schema";
import { seedFacilities } from "./facilities";
import { seedAlliances, seedRegions } from "./regions";

/**
 * Data for the benchmarks (scripts/bench): many people in one region with money on their
 * personal accounts, and many counter terminals. Never part of the demo data.
 */
export async function seedBenchPeople(db: Db, count: number, now: Date): Promise<string[]> {
  await db.insert(regions).values([...seedRegions]);
  await db.insert(alliances).values(seedAlliances);
  await db.insert(facilities).values(seedFacilities);
  const ids = Array.from({ length: count }, () => randomUUID());
  await db.insert(people).values(ids.map((id, i) => ({ id, name: `基准${i}`, nationalId: `BENCH${String(i).padStart(13, "0")}`, gender: "female" as const, birthDate: "1980-01-01" })));
  await db.insert(enrolments).values(ids.map((personId) => ({ personId, insurance: "employee" as const, status: "active" as const, regionCode: "350400", validFrom: "2015-01-01" })));
  await appendAccountEntries(db, ids.map((accountPersonId) => ({ accountPersonId, beneficiaryPersonId: null, kind: "opening" as const, amountFen: 100_000_000, settlementId: null, createdAt: now })));
  return ids;
}

/** Counter terminals with these keys (the benchmark spreads its scans over them, under the per-terminal limit). */
export async function seedBenchTerminals(db: Db, keys: readonly string[]): Promise<void> {
  await db.insert(terminals).values(keys.map((key, i) => ({ name: `压测终端 ${i + 1}`, keyHash: sha256Hex(key) })));
}
