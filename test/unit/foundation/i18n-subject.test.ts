/**
 * Words about whose data a screen shows (lib/i18n/subject.ts): acting for a relative, every
 * subject-dependent message names them (TA, their name, "they") and none says "your" or "my" of
 * their data; for the person's own data the messages address them as 您.
 */
import { describe, expect, test } from "vitest";
import { getMessages } from "@/lib/i18n/catalogue";
import { relationWord, relativeLabel } from "@/lib/i18n/relation-words";
import { aboutSubject, isSubjectText, resolveSubject } from "@/lib/i18n/subject";
import * as namespaces from "./i18n-namespaces";

function leaves(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === "string" || isSubjectText(value)) out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, s);
  }
  return out;
}

const written = Object.entries(namespaces).flatMap(([name, ns]) =>
  (["zh", "en"] as const).flatMap((language) => [...leaves(ns[language], name)].filter(([, v]) => isSubjectText(v)).map(([key, v]) => ({ language, key, text: v as ReturnType<typeof aboutSubject> }))),
);

describe("subject-dependent messages", () => {
  test("there are some in every screen that shows a person's data", () => {
    const screens = new Set(written.map((w) => w.key.split(".")[0]));
    for (const screen of ["home", "entitlements", "clinic", "estimate", "alerts"]) expect(screens, screen).toContain(screen);
  });

  test.each(written.filter((w) => w.language === "zh"))("zh $key: 您 for the person, never 你; acting for a relative, no 你 / 您的 / 我的", ({ key, text }) => {
    expect(text.self, key).not.toMatch(/你/);
    expect(text.other, key).not.toMatch(/你|您的|我的|我本/);
  });

  test.each(written.filter((w) => w.language === "en"))("en $key: acting for a relative, no your / my", ({ key, text }) => {
    expect(text.other, key).not.toMatch(/\byour\b|\bmy\b|\bmine\b/i);
  });

  test("a request about a relative gets their name where a message names them, and plain strings everywhere", () => {
    const m = getMessages("zh-CN", { name: "周*华" });
    expect(m.home.title).toBe("周*华的医保");
    expect(m.clinic.current.none).toBe("TA 还没有选定普通门诊机构。");
    expect(getMessages("en", { name: "周*华" }).entitlements.title).toBe("周*华's entitlements");
    expect(getMessages("zh-CN").home.title).toBe("我的医保");
    const all = leaves(m);
    for (const [key, value] of all) expect(typeof value, key).toBe("string");
    expect([...all.values()].join("\n")).not.toContain("{subject}");
  });

  test("resolveSubject leaves everything but subject-dependent messages alone", () => {
    const tree = { a: "x {subject}", b: aboutSubject("mine", "{subject}'s"), c: { d: aboutSubject("s", "o") } };
    expect(resolveSubject(tree, null)).toEqual({ a: "x {subject}", b: "mine", c: { d: "s" } });
    expect(resolveSubject(tree, { name: "周*华" })).toEqual({ a: "x {subject}", b: "周*华's", c: { d: "o" } });
  });
});

describe("who someone is, in words", () => {
  const zh = getMessages("zh-CN").family;
  const en = getMessages("en").family;
  test.each([
    ["child", "male", "儿子", "son"],
    ["child", "female", "女儿", "daughter"],
    ["child", null, "子女", "child"],
    ["parent", "male", "父亲", "father"],
    ["grandparent", "female", "祖母", "paternal grandmother"],
    ["maternal_grandparent", "male", "外祖父", "maternal grandfather"],
    ["grandchild", "female", "孙女", "son's daughter"],
    ["maternal_grandchild", "male", "外孙", "daughter's son"],
    ["sibling", "female", "姐妹", "sister"],
    ["spouse", "female", "妻子", "wife"],
    ["other", "male", "家人", "family member"],
  ] as const)("%s, %s: %s / %s", (relation, gender, zhWord, enWord) => {
    expect(relationWord(relation, gender, zh)).toBe(zhWord);
    expect(relationWord(relation, gender, en)).toBe(enWord);
  });

  test("a label: the name with who they are, or the name alone, or the masked phone of an account without a person", () => {
    expect(relativeLabel({ maskedName: "周*", gender: "male", relation: "child" }, zh)).toBe("周*（儿子）");
    expect(relativeLabel({ maskedName: "周*华", gender: "male", relation: null }, zh)).toBe("周*华");
    expect(relativeLabel({ maskedName: null, gender: null, relation: "other", maskedPhone: "138****0007" }, en)).toBe("138****0007 (family member)");
  });
});

describe("the access log's words", () => {
  test("every key of the closed list has its words, in both languages, and nothing else does", async () => {
    const { ACCESS_LOG_ACTIONS } = await import("@/lib/family/access-actions");
    for (const locale of ["zh-CN", "en"] as const) {
      expect(Object.keys(getMessages(locale).family.log.actions).sort()).toEqual(Object.keys(ACCESS_LOG_ACTIONS).sort());
    }
  });
});
