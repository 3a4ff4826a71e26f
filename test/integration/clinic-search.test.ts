import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Database } from "@/lib/db/open";
import { facilityId } from "@/lib/seed/facilities";
import { personId } from "@/lib/seed/people";
import { parseClinicSearch } from "@/lib/clinic/schemas";
import { changeClinic } from "@/lib/clinic/change";
import { searchEligibleClinics } from "@/lib/clinic/queries";
import { resolveChosenClinicStatus } from "@/lib/clinic";
import { createTestDatabase, SEEDED } from "../helpers/test-db";

let database: Database;
const seededAt = SEEDED.november;
const day = "2026-11-22";

beforeEach(async () => {
  database = await createTestDatabase("demo-november");
});
afterEach(async () => database.close());

const search = (params: Record<string, string>) => parseClinicSearch(params);

describe("eligible clinics", () => {
  test("only choosable facilities of the person's own region", async () => {
    const result = await searchEligibleClinics(database.db, personId("liu"), day, search({}));
    expect(result.total).toBe(6);
    expect(result.items.map((c) => c.nameEn)).not.toContain("Qingyuan People's Hospital");
    expect(result.items.map((c) => c.nameEn)).not.toContain("Dashenlin Pharmacy (Yinquan)");
    expect(result.districts.map((d) => d.districtEn)).toEqual(["Qingcheng", "Qingxin"]);
  });

  test("search by Chinese or English name, and filter by district and level", async () => {
    const liu = personId("liu");
    expect((await searchEligibleClinics(database.db, liu, day, search({ q: "卫生院" }))).items.map((c) => c.nameEn)).toEqual([
      "Taihe Township Health Centre", "Shantang Township Health Centre",
    ]);
    expect((await searchEligibleClinics(database.db, liu, day, search({ q: "taihe" }))).items.map((c) => c.name)).toEqual(["太和镇卫生院"]);
    expect((await searchEligibleClinics(database.db, liu, day, search({ district: "清城区" }))).total).toBe(2);
    expect((await searchEligibleClinics(database.db, liu, day, search({ level: "0" }))).items.map((c) => c.nameEn)).toEqual(["Hetian Village Health Station"]);
    expect((await searchEligibleClinics(database.db, liu, day, search({ q: "%" }))).total).toBe(0);
  });

  test("marks the current clinic and its alliance members", async () => {
    const result = await searchEligibleClinics(database.db, personId("huang"), day, search({ district: "清新区" }));
    const flags = Object.fromEntries(result.items.map((c) => [c.nameEn, [c.isCurrent, c.inCurrentAlliance]]));
    expect(flags["Taihe Township Health Centre"]).toEqual([true, false]);
    expect(flags["Shantang Township Health Centre"]).toEqual([false, true]);
  });

  test("pages past the end show the last page", async () => {
    const result = await searchEligibleClinics(database.db, personId("liu"), day, search({ page: "9" }));
    expect(result.page).toBe(1);
    expect(result.pageCount).toBe(1);
  });
});

describe("resolveChosenClinicStatus for the engine", () => {
  test("chosen clinic, alliance member, and elsewhere (Qingyuan)", async () => {
    const huang = personId("huang");
    expect(await resolveChosenClinicStatus(database.db, huang, facilityId("qy-taihe"), day)).toBe("chosen");
    expect(await resolveChosenClinicStatus(database.db, huang, facilityId("qy-qingxin-hosp"), day)).toBe("alliance");
    expect(await resolveChosenClinicStatus(database.db, huang, facilityId("qy-fenghuang"), day)).toBe("other");
    expect(await resolveChosenClinicStatus(database.db, personId("liu"), facilityId("qy-taihe"), day)).toBe("other");
    expect(await resolveChosenClinicStatus(database.db, huang, "nonsense", day)).toBe("other");
  });

  test("the choice in force on a past day counts, not today's", async () => {
    const chen = personId("chen");
    await changeClinic(database.db, chen, facilityId("sm-liedong"), new Date("2026-11-23T04:00:00Z"));
    expect(await resolveChosenClinicStatus(database.db, chen, facilityId("sm-chengguan"), "2026-11-22")).toBe("chosen");
    // On the day of the change both count, in the person's favour; the day after, only the new one.
    expect(await resolveChosenClinicStatus(database.db, chen, facilityId("sm-liedong"), "2026-11-23")).toBe("chosen");
    expect(await resolveChosenClinicStatus(database.db, chen, facilityId("sm-chengguan"), "2026-11-23")).toBe("chosen");
    expect(await resolveChosenClinicStatus(database.db, chen, facilityId("sm-chengguan"), "2026-11-24")).toBe("other");
    // Before Chen's first choice (400 days before seeding) nothing was chosen.
    expect(await resolveChosenClinicStatus(database.db, chen, facilityId("sm-chengguan"), "2025-01-01")).toBe("other");
  });
});
