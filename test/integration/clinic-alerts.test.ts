import { afterEach, beforeEach, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { facilityId } from "@/lib/seed/facilities";
import { personId } from "@/lib/seed/people";
import { getPersonAlerts } from "@/lib/people/alerts";
import { changeClinic } from "@/lib/clinic/change";
import { getChosenClinic } from "@/lib/clinic/chosen-clinic";
import { createTestDatabase, SEEDED } from "../helpers/test-db";

let database: Database;
const seededAt = SEEDED.november;
const day = "2026-11-22";

beforeEach(async () => {
  database = await createTestDatabase("demo-november");
});
afterEach(async () => database.close());

test("Chen's diabetes approval ending in 20 days is announced, with the policy's disease name", async () => {
  const { alerts } = await getPersonAlerts(database.db, personId("chen"), day, seededAt);
  expect(alerts).toEqual([
    { kind: "chronic_ending", disease: "diabetes", diseaseName: { zh: "糖尿病", en: "Diabetes" }, validTo: "2026-12-12", daysLeft: 20 },
  ]);
  // Lin's hypertension approval runs for another 530 days: nothing to say.
  expect((await getPersonAlerts(database.db, personId("lin"), day, seededAt)).alerts).toEqual([]);
});

test("Liu has no clinic in a region that requires one, until she chooses", async () => {
  const liu = personId("liu");
  expect((await getPersonAlerts(database.db, liu, day, seededAt)).alerts).toEqual([
    { kind: "clinic_required", regionName: "清远市", regionNameEn: "Qingyuan" },
  ]);
  await changeClinic(database.db, liu, facilityId("qy-taihe"), seededAt);
  expect((await getPersonAlerts(database.db, liu, day, seededAt)).alerts).toEqual([]);
  // A region that does not require a clinic never asks for one.
  await database.db.execute(sql`delete from clinic_choices where person_id = ${personId("zhao")}`);
  expect((await getPersonAlerts(database.db, personId("zhao"), day, seededAt)).alerts).toEqual([]);
});

test("a cross-region filing ending within 30 days is announced; an open-ended one is not", async () => {
  const wang = personId("wang");
  expect((await getPersonAlerts(database.db, wang, day, seededAt)).alerts).toEqual([]);
  await database.db.execute(sql`update cross_region_filings set valid_to = '2026-12-22' where person_id = ${wang}`);
  expect((await getPersonAlerts(database.db, wang, day, seededAt)).alerts).toEqual([
    { kind: "filing_ending", filingKind: "relocated_retiree", placeName: "海南省三亚市", placeNameEn: "Sanya, Hainan", validTo: "2026-12-22", daysLeft: 30 },
  ]);
  await database.db.execute(sql`update cross_region_filings set valid_to = '2026-12-23' where person_id = ${wang}`);
  expect((await getPersonAlerts(database.db, wang, day, seededAt)).alerts).toEqual([]);
});

test("the counter sees the chosen clinic, and the alliance only where it counts as one unit", async () => {
  expect(await getChosenClinic(database.db, personId("huang"), day)).toMatchObject({
    facilityId: facilityId("qy-taihe"), level: 1, allianceName: "清新区紧密型县域医共体",
  });
  expect(await getChosenClinic(database.db, personId("chen"), day)).toMatchObject({ facilityId: facilityId("sm-chengguan"), allianceName: null });
  expect(await getChosenClinic(database.db, personId("liu"), day)).toBeNull();
});
