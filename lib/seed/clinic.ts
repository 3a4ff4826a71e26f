import type { Db } from "@/lib/db";
import { clinicChoices } from "@/lib/db/schema";
import { facilityId } from "./facilities";
import { personId } from "./people";
import { seedId } from "./seed-id";

const DAY_MS = 86_400_000;

interface SeedChoice {
  person: string;
  facility: string;
  /** Days before the seeding day that the choice took effect. */
  fromDaysAgo: number;
  /** Days before the seeding day that it ended; absent for the current choice. */
  toDaysAgo?: number;
  source: "initial" | "chosen_by_person" | "changed_by_person";
}

/**
 * Chosen general-outpatient clinics of the demo people, dated relative to the seeding day.
 * Liu (Qingyuan) has none on purpose: her region requires one, so her home page asks her to choose.
 * Huang chose 120 days ago in Qingyuan (one change per 365 days), so his screen shows when he may
 * change next; Lin's history shows an earlier change.
 */
const list: SeedChoice[] = [
  { person: "chen", facility: "sm-chengguan", fromDaysAgo: 400, source: "initial" },
  { person: "lin", facility: "sm-chengguan", fromDaysAgo: 900, toDaysAgo: 300, source: "initial" },
  { person: "lin", facility: "sm-liedong", fromDaysAgo: 300, source: "changed_by_person" },
  { person: "huang", facility: "qy-taihe", fromDaysAgo: 120, source: "chosen_by_person" },
  { person: "wang", facility: "wh-zhongnan", fromDaysAgo: 800, source: "initial" },
  { person: "zhao", facility: "wh-guanshan", fromDaysAgo: 500, source: "initial" },
  { person: "zhou-wei", facility: "yz-wenhe", fromDaysAgo: 600, source: "initial" },
  { person: "wu-jing", facility: "yz-wenhe", fromDaysAgo: 600, source: "initial" },
  { person: "zhou-yu", facility: "yz-wenhe", fromDaysAgo: 600, source: "initial" },
  { person: "zhou-gh", facility: "yz-wenhe", fromDaysAgo: 700, source: "initial" },
];

export function seedClinicChoices(today: Date) {
  const daysAgo = (days: number) => new Date(today.getTime() - days * DAY_MS);
  return list.map((c) => ({
    id: seedId(`clinic-choice:${c.person}:${c.facility}:${c.fromDaysAgo}`),
    personId: personId(c.person),
    facilityId: facilityId(c.facility),
    validFrom: daysAgo(c.fromDaysAgo),
    validTo: c.toDaysAgo === undefined ? null : daysAgo(c.toDaysAgo),
    source: c.source,
  }));
}

/** Inserts the demo choices; rows that exist (same id, or a person who already has a current choice) are kept. */
export async function seedClinic(db: Db, today: Date): Promise<void> {
  await db.insert(clinicChoices).values(seedClinicChoices(today)).onConflictDoNothing();
}
