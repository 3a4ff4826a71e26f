import { describe, expect, test } from "vitest";
import {
  chosenClinicStatusOf, decideClinicChange, isEligibleClinic, nextChangeAllowedDay, type ClinicChangeRequest,
} from "@/lib/clinic/rules";
import { addDaysToDay } from "@/lib/dates";

const QINGYUAN = "441800";
const taihe = { id: "taihe", regionCode: QINGYUAN, choosable: true };
const shantang = { id: "shantang", regionCode: QINGYUAN, choosable: true };

function request(overrides: Partial<ClinicChangeRequest>): ClinicChangeRequest {
  return {
    today: "2026-11-22",
    personRegionCode: QINGYUAN,
    intervalDays: 365,
    current: { facilityId: "taihe", chosenOn: "2025-11-22" },
    target: shantang,
    ...overrides,
  };
}

describe("decideClinicChange", () => {
  test.each([
    { label: "first choice, no interval to wait for", req: { current: null }, expected: { ok: true, source: "chosen_by_person" } },
    { label: "interval exactly passed (365 days to the day)", req: {}, expected: { ok: true, source: "changed_by_person" } },
    { label: "interval passed long ago", req: { today: "2027-03-01" }, expected: { ok: true, source: "changed_by_person" } },
    {
      label: "interval not passed: one day short",
      req: { today: "2026-11-21" },
      expected: { ok: false, reason: "interval_not_passed", nextAllowedDay: "2026-11-22" },
    },
    {
      label: "interval not passed across a leap day",
      req: { current: { facilityId: "taihe", chosenOn: "2027-06-01" }, today: "2028-05-30" },
      expected: { ok: false, reason: "interval_not_passed", nextAllowedDay: "2028-05-31" },
    },
    { label: "region without interval: any time", req: { intervalDays: null, current: { facilityId: "taihe", chosenOn: "2026-11-22" } }, expected: { ok: true, source: "changed_by_person" } },
    { label: "same clinic as the current one", req: { target: taihe }, expected: { ok: false, reason: "same_clinic" } },
    { label: "unknown facility", req: { target: null }, expected: { ok: false, reason: "not_eligible" } },
    { label: "facility that may not be chosen (a hospital)", req: { target: { ...shantang, choosable: false } }, expected: { ok: false, reason: "not_eligible" } },
    { label: "clinic in another region", req: { target: { id: "liedong", regionCode: "350400", choosable: true } }, expected: { ok: false, reason: "not_eligible" } },
    {
      label: "ineligible target is reported before the interval",
      req: { today: "2026-01-01", target: { id: "liedong", regionCode: "350400", choosable: true } },
      expected: { ok: false, reason: "not_eligible" },
    },
  ])("$label", ({ req, expected }) => {
    expect(decideClinicChange(request(req as Partial<ClinicChangeRequest>))).toEqual(expected);
  });
});

describe("nextChangeAllowedDay", () => {
  test.each([
    { last: null, interval: 365, expected: null },
    { last: "2026-01-01", interval: null, expected: null },
    { last: "2026-01-01", interval: 0, expected: null },
    { last: "2026-01-01", interval: 365, expected: "2027-01-01" },
    { last: "2027-06-01", interval: 365, expected: "2028-05-31" },
    { last: "2026-12-31", interval: 1, expected: "2027-01-01" },
  ])("last choice $last, interval $interval → $expected", ({ last, interval, expected }) => {
    expect(nextChangeAllowedDay(last, interval)).toBe(expected);
  });
});

describe("chosenClinicStatusOf", () => {
  const chosen = { id: "taihe", allianceId: "qingxin" };
  test.each([
    { label: "the chosen clinic itself", facility: { id: "taihe", allianceId: "qingxin" }, alliance: true, expected: "chosen" },
    { label: "another member of the alliance, alliance as one unit", facility: { id: "shantang", allianceId: "qingxin" }, alliance: true, expected: "alliance" },
    { label: "another member, but the region does not pool the alliance", facility: { id: "shantang", allianceId: "qingxin" }, alliance: false, expected: "other" },
    { label: "outside the alliance", facility: { id: "fengcheng", allianceId: null }, alliance: true, expected: "other" },
    { label: "a different alliance", facility: { id: "x", allianceId: "other-alliance" }, alliance: true, expected: "other" },
  ])("$label → $expected", ({ facility, alliance, expected }) => {
    expect(chosenClinicStatusOf({ chosen, facility, allianceAsOneUnit: alliance })).toBe(expected);
  });

  test("no clinic chosen: everything is 'other'", () => {
    expect(chosenClinicStatusOf({ chosen: null, facility: { id: "taihe", allianceId: "qingxin" }, allianceAsOneUnit: true })).toBe("other");
  });

  test("a chosen clinic outside any alliance never makes two null alliances match", () => {
    expect(chosenClinicStatusOf({ chosen: { id: "a", allianceId: null }, facility: { id: "b", allianceId: null }, allianceAsOneUnit: true })).toBe("other");
  });
});

describe("isEligibleClinic and addDaysToDay", () => {
  test("only choosable facilities of the person's region", () => {
    expect(isEligibleClinic(taihe, QINGYUAN)).toBe(true);
    expect(isEligibleClinic({ ...taihe, choosable: false }, QINGYUAN)).toBe(false);
    expect(isEligibleClinic(taihe, "350400")).toBe(false);
  });

  test("calendar arithmetic crosses months, years and leap days", () => {
    expect(addDaysToDay("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDaysToDay("2026-03-01", -1)).toBe("2026-02-28");
    expect(() => addDaysToDay("22/11/2026", 1)).toThrow(RangeError);
  });
});
