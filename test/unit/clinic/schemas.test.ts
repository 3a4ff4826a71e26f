import { describe, expect, test } from "vitest";
import { changeClinicSchema, parseClinicSearch } from "@/lib/clinic/schemas";
import { formatDay, formatFen, formatInstant } from "@/lib/i18n/display";

describe("clinic search parameters", () => {
  test.each([
    { label: "nothing given", params: {}, expected: { page: 1 } },
    { label: "blank fields are no filter", params: { q: "  ", district: "", level: "", page: "" }, expected: { page: 1 } },
    { label: "all given", params: { q: " 卫生院 ", district: "清新区", level: "1", page: "2" }, expected: { q: "卫生院", district: "清新区", level: 1, page: 2 } },
    { label: "level 0 is a real filter", params: { level: "0" }, expected: { level: 0, page: 1 } },
    { label: "out-of-range values fall back", params: { level: "7", page: "-3" }, expected: { page: 1 } },
    { label: "a repeated parameter: the first counts", params: { q: ["太和", "山塘"] }, expected: { q: "太和", page: 1 } },
    { label: "an over-long query is dropped", params: { q: "x".repeat(41) }, expected: { page: 1 } },
  ])("$label", ({ params, expected }) => {
    expect(parseClinicSearch(params)).toEqual(expected);
  });
});

describe("the change input", () => {
  const id = "0b6a3c1e-8f2d-5a4b-9c7d-1e2f3a4b5c6d";
  test("needs a facility id and the confirmation", () => {
    expect(changeClinicSchema.safeParse({ facilityId: id, confirmed: "yes" }).success).toBe(true);
    expect(changeClinicSchema.safeParse({ facilityId: id }).success).toBe(false);
    expect(changeClinicSchema.safeParse({ facilityId: "not-an-id", confirmed: "yes" }).success).toBe(false);
  });
});

describe("display formats", () => {
  test("days and instants in China time, both languages", () => {
    expect(formatDay("2026-11-02", "zh-CN")).toBe("2026年11月2日");
    expect(formatDay("2026-11-02", "en")).toBe("2 Nov 2026");
    // 16:30 UTC is 00:30 the next day in China.
    expect(formatInstant("2026-11-21T16:30:00Z", "zh-CN")).toBe("2026年11月22日 00:30");
    expect(formatInstant("2026-11-21T16:30:00Z", "en")).toBe("22 Nov 2026, 00:30");
  });

  test("fen as grouped yuan, never through floats", () => {
    expect(formatFen(0)).toBe("¥0.00");
    expect(formatFen(123456789)).toBe("¥1,234,567.89");
    expect(formatFen(5)).toBe("¥0.05");
  });
});
