import { describe, expect, test } from "vitest";
import { collapseRepeats, type AccessLogEntry } from "@/lib/family/access-log";

const son = { self: false as const, maskedPhone: "138****0006", maskedName: "周*", gender: "male" as const, relation: "child" as const };
function entry(id: string, at: string, action: string, kind: AccessLogEntry["kind"] = "coverage", actor: AccessLogEntry["actor"] = son): AccessLogEntry {
  return { id, at, firstAt: at, count: 1, kind, action, via: "grant", actor, subject: { own: true }, place: null, payment: null };
}

describe("a run of the same use reads as one entry", () => {
  test("a screen opened and refreshed within minutes is one entry with its count and first time", () => {
    const merged = collapseRepeats([
      entry("c", "2026-03-01T02:09:00Z", "entitlements"),
      entry("b", "2026-03-01T02:05:00Z", "entitlements"),
      entry("a", "2026-03-01T02:00:00Z", "entitlements"),
    ]);
    expect(merged).toMatchObject([{ id: "c", at: "2026-03-01T02:09:00Z", firstAt: "2026-03-01T02:00:00Z", count: 3 }]);
  });

  test("another use, another person, or a gap over ten minutes starts a new entry", () => {
    const daughterInLaw = { ...son, maskedPhone: "138****0007", maskedName: "吴*", gender: "female" as const, relation: "other" as const };
    const merged = collapseRepeats([
      entry("e", "2026-03-01T03:00:00Z", "entitlements"),
      entry("d", "2026-03-01T02:40:00Z", "entitlements"),
      entry("c", "2026-03-01T02:39:00Z", "entitlements", "coverage", daughterInLaw),
      entry("b", "2026-03-01T02:38:00Z", "clinic"),
      entry("a", "2026-03-01T02:37:00Z", "entitlements"),
    ]);
    expect(merged.map((e) => [e.id, e.count])).toEqual([["e", 1], ["d", 1], ["c", 1], ["b", 1], ["a", 1]]);
  });

  test("scans and payments are each their own event, however close", () => {
    const merged = collapseRepeats([
      entry("b", "2026-03-01T02:01:00Z", "voucher.scan", "scan"),
      entry("a", "2026-03-01T02:00:00Z", "voucher.scan", "scan"),
    ]);
    expect(merged).toHaveLength(2);
  });
});
