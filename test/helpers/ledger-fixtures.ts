import type { Db } from "@/lib/db/open";
import { chronicApprovals, crossRegionFilings, enrolments, facilities, familyRelations, people, regions, alliances } from "@/lib/db/schema";
import { facilityId, seedFacilities } from "@/lib/seed/facilities";
import { personId, seedChronicApprovals, seedEnrolments, seedFamilyRelations, seedFilings, seedPeople } from "@/lib/seed/people";
import { seedAlliances, seedRegions } from "@/lib/seed/regions";
import { appendAccountEntry, type SettleInput } from "@/lib/ledger";

/** Noon in China on 15 June 2026: the clock of most ledger tests. */
export const NOW = new Date("2026-06-15T04:00:00Z");
export const DAY = "2026-06-15";

export const chen = personId("chen"); // Sanming employee in service, diabetes approved
export const lin = personId("lin"); // Sanming retired employee
export const zhouWei = personId("zhou-wei"); // Yangzhou employee, father
export const zhouYu = personId("zhou-yu"); // Yangzhou resident child
export const zhao = personId("zhao"); // Wuhan resident on subsistence allowance
export const sanmingFirst = facilityId("sm-1st"); // level 3 hospital
export const sanmingLiedong = facilityId("sm-liedong"); // level 1 clinic
export const sanmingPharmacy = facilityId("sm-yida");
export const yangzhouHanjiang = facilityId("yz-hanjiang");
export const wuhanWuchang = facilityId("wh-wuchang"); // level 2 hospital

/** The demo regions, facilities and people, without clinic choices or any ledger rows. */
export async function seedLedgerWorld(db: Db, today = NOW): Promise<void> {
  await db.insert(regions).values([...seedRegions]);
  await db.insert(alliances).values(seedAlliances);
  await db.insert(facilities).values(seedFacilities);
  await db.insert(people).values(seedPeople);
  await db.insert(enrolments).values(seedEnrolments);
  await db.insert(familyRelations).values(seedFamilyRelations);
  await db.insert(chronicApprovals).values(seedChronicApprovals(today));
  await db.insert(crossRegionFilings).values(seedFilings(today));
}

export async function openAccount(db: Db, person: string, amountFen: number, at = NOW): Promise<void> {
  await appendAccountEntry(db, { accountPersonId: person, beneficiaryPersonId: null, kind: "opening", amountFen, settlementId: null, createdAt: at });
}

/** A general-outpatient bill of one class-A line at Sanming First Hospital for Chen. */
export function outpatientBill(key: string, amountFen: number, overrides: Partial<SettleInput> = {}): SettleInput {
  return {
    personId: chen,
    facilityId: sanmingFirst,
    visit: { kind: "general_outpatient" },
    lines: [{ name: "门诊诊查与检查", itemClass: "A", amountFen }],
    idempotencyKey: key,
    useAccount: true,
    serviceDate: DAY,
    now: NOW,
    ...overrides,
  };
}
