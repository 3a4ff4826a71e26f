import { describe, expect, test } from "vitest";
import { ageOn } from "@/lib/dates";
import { GRANT_RELATIONS, grantStatus, isDependantAge, isGrantOpen, mutualAidRefusal, normaliseScopes, relationSeenByOther } from "@/lib/family/rules";
import { CLOSE_RELATIVES, FAMILY_MUTUAL_AID, inverseRelation, mutualAidRelationsOn } from "@/lib/reimbursement";
import { createGrantSchema } from "@/lib/family/schemas";
import { KIOSK_COUNTDOWN_MS, KIOSK_IDLE_MS, kioskIdleTimings } from "@/lib/kiosk/idle";

const t = (iso: string) => new Date(iso);
const base = { validFrom: t("2026-01-01T00:00:00Z"), validTo: null, acceptedAt: t("2026-01-01T00:00:00Z"), revokedAt: null };

describe("grantStatus", () => {
  test.each([
    ["accepted and current", base, "2026-02-01T00:00:00Z", "active"],
    ["not accepted yet", { ...base, acceptedAt: null }, "2026-02-01T00:00:00Z", "pending"],
    ["ended before now", { ...base, revokedAt: t("2026-01-15T00:00:00Z") }, "2026-02-01T00:00:00Z", "ended"],
    ["ended at this very instant", { ...base, revokedAt: t("2026-02-01T00:00:00Z") }, "2026-02-01T00:00:00Z", "ended"],
    ["past its end date", { ...base, validTo: t("2026-01-31T15:59:59.999Z") }, "2026-02-01T00:00:00Z", "expired"],
    ["ended and expired: ended wins", { ...base, validTo: t("2026-01-10T00:00:00Z"), revokedAt: t("2026-01-05T00:00:00Z") }, "2026-02-01T00:00:00Z", "ended"],
    ["starts later", { ...base, validFrom: t("2026-03-01T00:00:00Z") }, "2026-02-01T00:00:00Z", "not_yet_valid"],
  ] as const)("%s", (_label, grant, now, expected) => {
    expect(grantStatus(grant, t(now))).toBe(expected);
  });

  test("only pending, active and not-yet-valid grants are open", () => {
    expect(["pending", "active", "not_yet_valid", "expired", "ended"].map((s) => isGrantOpen(s as never))).toEqual([true, true, true, false, false]);
  });
});

describe("dependants", () => {
  test.each([
    ["2017-06-18", "2026-03-01", 8, true],
    ["2010-06-18", "2026-06-17", 15, true],
    ["2010-06-18", "2026-06-18", 16, false],
    ["2008-02-29", "2026-02-28", 17, false],
  ] as const)("born %s, on %s: age %i, dependant %s", (birth, day, age, dependant) => {
    expect(ageOn(birth, day)).toBe(age);
    expect(isDependantAge(birth, day)).toBe(dependant);
  });
});

describe("家庭共济: whose share an employee's account may pay, by the day's national rule", () => {
  test.each([
    // 2021 to July 2024 (国办发〔2021〕14号): spouse, parents and children only.
    ["spouse", "employee", "2023-06-01", null],
    ["parent", "employee", "2023-06-01", null],
    ["child", "employee", "2023-06-01", null],
    ["grandchild", "employee", "2023-06-01", "not_close_relative"],
    ["sibling", "employee", "2024-07-31", "not_close_relative"],
    // From 1 August 2024 (国办发〔2024〕38号): every close relative of the Civil Code.
    ["grandchild", "employee", "2024-08-01", null],
    ["maternal_grandchild", "employee", "2025-01-01", null],
    ["maternal_grandparent", "employee", "2025-01-01", null],
    ["sibling", "employee", "2025-01-01", null],
    ["other", "employee", "2025-01-01", "not_close_relative"],
    [null, "employee", "2025-01-01", "not_close_relative"],
    // Before 2021 the account paid for its holder alone.
    ["spouse", "employee", "2020-12-31", "not_close_relative"],
    // Only an employee has an account to share.
    ["spouse", "resident", "2025-01-01", "not_employee"],
    ["spouse", null, "2025-01-01", "not_employee"],
  ] as const)("%s of a holder insured as %s, on %s → %s", (relation, holderInsurance, day, expected) => {
    expect(mutualAidRefusal({ relation, holderInsurance }, day)).toBe(expected);
  });

  test("the rule is dated data with its sources; the 2024 notice is verified, the 2021 day is not", () => {
    expect(FAMILY_MUTUAL_AID.map((entry) => [entry.from, entry.unverified === true])).toEqual([
      ["2021-04-13", true],
      ["2024-08-01", false],
    ]);
    expect(FAMILY_MUTUAL_AID[0]?.source).toContain("国办发〔2021〕14号");
    expect(FAMILY_MUTUAL_AID[1]?.source).toContain("国办发〔2024〕38号");
    expect(mutualAidRelationsOn("2024-08-01")).toEqual(CLOSE_RELATIVES);
  });

  test("a relation read from the other side", () => {
    expect(GRANT_RELATIONS.map((r) => [r, relationSeenByOther(r)])).toEqual([
      ["spouse", "spouse"],
      ["parent", "child"],
      ["child", "parent"],
      ["sibling", "sibling"],
      ["grandparent", "grandchild"],
      ["maternal_grandparent", "maternal_grandchild"],
      ["grandchild", "grandparent"],
      ["maternal_grandchild", "maternal_grandparent"],
      ["other", "other"],
    ]);
    for (const relation of CLOSE_RELATIVES) expect(inverseRelation(inverseRelation(relation))).toBe(relation);
  });
});

describe("createGrantSchema", () => {
  test("accepts a phone with spaces, scopes and an optional end day", () => {
    const parsed = createGrantSchema.parse({ granteePhone: "138 0000 0006", scopes: ["show_code", "view_coverage"], validUntil: "" });
    expect(parsed).toEqual({ granteePhone: "13800000006", scopes: ["show_code", "view_coverage"], validUntil: undefined });
    expect(createGrantSchema.parse({ granteePhone: "13800000006", scopes: ["view_coverage"], relation: "" }).relation).toBeUndefined();
    expect(createGrantSchema.parse({ granteePhone: "13800000006", scopes: ["view_coverage"], relation: "maternal_grandchild" }).relation).toBe("maternal_grandchild");
    expect(normaliseScopes(parsed.scopes)).toEqual(["view_coverage", "show_code"]);
  });
  test.each([
    [{ granteePhone: "123", scopes: ["view_coverage"] }, "phone_invalid"],
    [{ granteePhone: "13800000006", scopes: [] }, "scopes_required"],
    [{ granteePhone: "13800000006", scopes: ["admin"] }, undefined],
    [{ granteePhone: "13800000006", scopes: ["view_coverage"], validUntil: "next week" }, "date_invalid"],
    [{ granteePhone: "13800000006", scopes: ["view_coverage"], relation: "cousin" }, "relation_required"],
  ])("refuses %o", (input, message) => {
    const result = createGrantSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (message) expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe("kiosk idle timings", () => {
  test("default to 60 s idle and a 10 s countdown", () => {
    expect(kioskIdleTimings({}, true)).toEqual({ idleMs: 60_000, countdownMs: 10_000 });
    expect([KIOSK_IDLE_MS, KIOSK_COUNTDOWN_MS]).toEqual([60_000, 10_000]);
  });
  test("shorter timings from the query only in demo mode", () => {
    expect(kioskIdleTimings({ idle: "2", countdown: "3" }, true)).toEqual({ idleMs: 2_000, countdownMs: 3_000 });
    expect(kioskIdleTimings({ idle: "2", countdown: "3" }, false)).toEqual({ idleMs: 60_000, countdownMs: 10_000 });
    expect(kioskIdleTimings({ idle: "-1", countdown: "abc" }, true)).toEqual({ idleMs: 60_000, countdownMs: 10_000 });
  });
});
