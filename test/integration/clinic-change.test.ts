import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { facilityId } from "@/lib/seed/facilities";
import { personId } from "@/lib/seed/people";
import { changeClinic } from "@/lib/clinic/change";
import { getClinicOverview } from "@/lib/clinic/queries";
import { isDomainError } from "@/lib/errors/domain-error";
import { createTestDatabase, queryRows, SEEDED } from "../helpers/test-db";

let database: Database;
const seededAt = SEEDED.november;
const later = (days: number) => new Date(seededAt.getTime() + days * 86_400_000);

beforeEach(async () => {
  database = await createTestDatabase("demo-november");
});
afterEach(async () => database.close());

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  throw new Error("expected the change to be refused");
}

async function currentChoices(person: string) {
  return queryRows<{ facility_id: string }>(database, sql`select facility_id from clinic_choices where person_id = ${personId(person)} and valid_to is null`);
}

describe("changing the chosen clinic", () => {
  test("a change closes the current choice, opens the new one and shows in the history", async () => {
    const before = await getClinicOverview(database.db, personId("chen"), later(1));
    expect(before.current?.facility.id).toBe(facilityId("sm-chengguan"));
    expect(before.change).toEqual({ allowedNow: true, nextAllowedDay: null });

    const now = later(1);
    const result = await changeClinic(database.db, personId("chen"), facilityId("sm-liedong"), now);
    expect(result.facility.name).toBe("列东街道社区卫生服务中心");

    const after = await getClinicOverview(database.db, personId("chen"), later(2));
    expect(after.current?.facility.id).toBe(facilityId("sm-liedong"));
    expect(after.current?.source).toBe("changed_by_person");
    expect(after.history.map((h) => [h.facilityId, h.validTo])).toEqual([
      [facilityId("sm-liedong"), null],
      [facilityId("sm-chengguan"), now.toISOString()],
    ]);
  });

  test("the region's rules refuse the same clinic, an ineligible facility, and an unknown id", async () => {
    const chen = personId("chen");
    expect(await refusal(changeClinic(database.db, chen, facilityId("sm-chengguan"), later(1)))).toBe("clinic_same_clinic");
    expect(await refusal(changeClinic(database.db, chen, facilityId("sm-yida"), later(1)))).toBe("clinic_not_eligible");
    expect(await refusal(changeClinic(database.db, chen, facilityId("wh-zhongnan"), later(1)))).toBe("clinic_not_eligible");
    expect(await refusal(changeClinic(database.db, chen, "not-a-uuid", later(1)))).toBe("clinic_not_eligible");
    expect(await currentChoices("chen")).toEqual([{ facility_id: facilityId("sm-chengguan") }]);
  });

  test("Qingyuan's interval: refused before the day, allowed on it", async () => {
    const huang = personId("huang");
    // Huang chose Taihe 120 days before seeding; the interval is 365 days.
    const overview = await getClinicOverview(database.db, huang, seededAt);
    expect(overview.change.allowedNow).toBe(false);
    expect(overview.change.nextAllowedDay).toBe("2027-07-25");
    expect(await refusal(changeClinic(database.db, huang, facilityId("qy-shantang"), new Date("2027-07-24T15:59:00Z")))).toBe("clinic_interval_not_passed");
    // 2027-07-25 00:00 in China is 2027-07-24 16:00 UTC.
    await changeClinic(database.db, huang, facilityId("qy-shantang"), new Date("2027-07-24T16:00:00Z"));
    expect(await currentChoices("huang")).toEqual([{ facility_id: facilityId("qy-shantang") }]);
  });

  test("a person without a clinic makes a first choice, and the interval then starts", async () => {
    const liu = personId("liu");
    const before = await getClinicOverview(database.db, liu, seededAt);
    expect(before.current).toBeNull();
    expect(before.region?.requiresChosenClinic).toBe(true);
    expect(before.change.allowedNow).toBe(true);

    await changeClinic(database.db, liu, facilityId("qy-fenghuang"), seededAt);
    const after = await getClinicOverview(database.db, liu, seededAt);
    expect(after.current?.source).toBe("chosen_by_person");
    expect(after.change).toEqual({ allowedNow: false, nextAllowedDay: "2027-11-22" });
    expect(await refusal(changeClinic(database.db, liu, facilityId("qy-dongcheng"), later(1)))).toBe("clinic_interval_not_passed");
  });

  test("alliance members are listed only where the region treats the alliance as one unit", async () => {
    const huang = await getClinicOverview(database.db, personId("huang"), seededAt);
    expect(huang.current?.facility.alliance?.name).toBe("清新区紧密型县域医共体");
    expect(huang.current?.allianceMembers.map((f) => f.nameEn)).toEqual([
      "Hetian Village Health Station", "Shantang Township Health Centre", "Qingxin District People's Hospital",
    ]);
    const chen = await getClinicOverview(database.db, personId("chen"), seededAt);
    expect(chen.current?.allianceMembers).toEqual([]);
  });
});

describe("at most one current choice per person", () => {
  test("the partial unique index refuses a second current row", async () => {
    await expect(
      database.db.execute(sql`insert into clinic_choices (person_id, facility_id, valid_from, source)
        values (${personId("chen")}, ${facilityId("sm-liedong")}, now(), 'changed_by_person')`),
    ).rejects.toThrow();
    // A closed row is fine: history may hold many.
    await database.db.execute(sql`insert into clinic_choices (person_id, facility_id, valid_from, valid_to, source)
      values (${personId("chen")}, ${facilityId("sm-liedong")}, now() - interval '9 days', now() - interval '8 days', 'changed_by_person')`);
  });

  test("two concurrent first choices in a region with an interval: one wins, the other is refused", async () => {
    const liu = personId("liu");
    const results = await Promise.allSettled([
      changeClinic(database.db, liu, facilityId("qy-fenghuang"), seededAt),
      changeClinic(database.db, liu, facilityId("qy-dongcheng"), seededAt),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(isDomainError(rejected.reason)).toBe(true);
    expect(["clinic_interval_not_passed", "clinic_conflict"]).toContain(rejected.reason.code);
    expect(await currentChoices("liu")).toHaveLength(1);
  });

  test("a change whose clock is behind the current choice's start starts where that choice ends, not before", async () => {
    // Two requests a moment apart can reach the person's lock out of order, and two app
    // instances' clocks can differ: the later-stamped change may be applied first.
    const chen = personId("chen");
    await changeClinic(database.db, chen, facilityId("sm-liedong"), later(2));
    const second = await changeClinic(database.db, chen, facilityId("sm-chengguan"), later(1));
    expect(second.validFrom).toBe(later(2).toISOString());
    const rows = await queryRows<{ valid_from: Date; valid_to: Date | null }>(database, sql`
      select valid_from, valid_to from clinic_choices where person_id = ${chen} order by valid_from, valid_to nulls last`);
    for (const row of rows) if (row.valid_to) expect(new Date(row.valid_to).getTime()).toBeGreaterThanOrEqual(new Date(row.valid_from).getTime());
    expect(rows.filter((r) => r.valid_to === null)).toHaveLength(1);
  });

  test("concurrent changes where any time is allowed: they apply one after the other, never two current", async () => {
    const chen = personId("chen");
    const targets = ["sm-liedong", "sm-chengguan", "sm-liedong", "sm-chengguan", "sm-liedong"];
    const results = await Promise.allSettled(targets.map((t, i) => changeClinic(database.db, chen, facilityId(t), later(1 + i / 100))));
    for (const r of results) {
      if (r.status === "rejected") expect(isDomainError(r.reason) && ["clinic_same_clinic", "clinic_conflict"].includes(r.reason.code)).toBe(true);
    }
    expect(await currentChoices("chen")).toHaveLength(1);
    // No two of Chen's choices overlap in time.
    const [overlap] = await queryRows<{ n: number }>(database, sql`
      select count(*)::int as n from clinic_choices a join clinic_choices b
        on a.person_id = b.person_id and a.id < b.id
       and a.valid_from < coalesce(b.valid_to, 'infinity'::timestamptz)
       and b.valid_from < coalesce(a.valid_to, 'infinity'::timestamptz)
      where a.person_id = ${chen}`);
    expect(overlap!.n).toBe(0);
  });
});
