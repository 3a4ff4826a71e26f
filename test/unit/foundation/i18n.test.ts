import { describe, expect, test } from "vitest";
import { getMessages } from "@/lib/i18n/catalogue";
import { format, toLocale } from "@/lib/i18n/locales";

function leaves(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, s);
  }
  return out;
}

describe("message catalogue", () => {
  const zh = leaves(getMessages("zh-CN"));
  const en = leaves(getMessages("en"));

  test("English has exactly the Chinese keys, and no message is empty", () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of [...zh, ...en]) expect(text.trim(), key).not.toBe("");
  });

  test("placeholders match between languages", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of zh) expect(names(en.get(key)!), key).toEqual(names(text));
  });

  test("Chinese is the default; only 'en' selects English", () => {
    expect(toLocale(undefined)).toBe("zh-CN");
    expect(toLocale("fr")).toBe("zh-CN");
    expect(toLocale("en")).toBe("en");
  });

  test("format fills placeholders and leaves unknown ones visible", () => {
    expect(format("{name}，你好", { name: "陈*国" })).toBe("陈*国，你好");
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});
