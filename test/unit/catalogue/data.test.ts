import { describe, expect, it, test } from "vitest";
import {
  catalogueCodePatterns,
  catalogueItems,
  catalogueItemSchema,
  type CatalogueItem,
} from "@/lib/catalogue";

const byName = new Map(catalogueItems.map((item) => [item.name, item]));
const countWhere = (predicate: (item: CatalogueItem) => boolean) => catalogueItems.filter(predicate).length;

describe("catalogue data", () => {
  it("has between 280 and 340 items", () => {
    expect(catalogueItems.length).toBeGreaterThanOrEqual(280);
    expect(catalogueItems.length).toBeLessThanOrEqual(340);
  });

  it("has roughly 220 drugs, 60 services and 20 materials", () => {
    expect(countWhere((i) => i.kind === "drug")).toBeGreaterThanOrEqual(200);
    expect(countWhere((i) => i.kind === "drug")).toBeLessThanOrEqual(240);
    expect(countWhere((i) => i.kind === "service")).toBeGreaterThanOrEqual(50);
    expect(countWhere((i) => i.kind === "service")).toBeLessThanOrEqual(70);
    expect(countWhere((i) => i.kind === "material")).toBeGreaterThanOrEqual(15);
    expect(countWhere((i) => i.kind === "material")).toBeLessThanOrEqual(30);
  });

  it("has both Western (X) and Chinese patent (Z) medicines", () => {
    expect(countWhere((i) => i.code.startsWith("X"))).toBeGreaterThan(150);
    expect(countWhere((i) => i.code.startsWith("Z"))).toBeGreaterThan(30);
  });

  it("has unique codes, also ignoring case", () => {
    const codes = catalogueItems.map((item) => item.code.toUpperCase());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("has unique Chinese names", () => {
    const names = catalogueItems.map((item) => item.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(catalogueItems.map((item) => [item.code, item] as const))("%s is valid against the schema", (_code, item) => {
    const result = catalogueItemSchema.safeParse(item);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("gives every code the shape of its kind", () => {
    const misshapen = catalogueItems.filter((item) => !catalogueCodePatterns[item.kind].test(item.code));
    expect(misshapen.map((item) => item.code)).toEqual([]);
  });

  it("uses every class, with class A the most common among drugs", () => {
    const drugs = catalogueItems.filter((i) => i.kind === "drug");
    const a = drugs.filter((i) => i.class === "A").length;
    const b = drugs.filter((i) => i.class === "B").length;
    const c = drugs.filter((i) => i.class === "C").length;
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(a);
    for (const kind of ["service", "material"] as const) {
      const classes = new Set(catalogueItems.filter((i) => i.kind === kind).map((i) => i.class));
      expect([...classes].sort()).toEqual(["A", "B", "C"]);
    }
  });

  it("keeps money in whole fen", () => {
    for (const item of catalogueItems) {
      expect(Number.isSafeInteger(item.typicalPriceFen)).toBe(true);
      if (item.priceCeilingFen !== undefined) expect(Number.isSafeInteger(item.priceCeilingFen)).toBe(true);
    }
  });

  it("has price ceilings on a good share of items, with a few typical prices above their ceiling", () => {
    const withCeiling = catalogueItems.filter((i) => i.priceCeilingFen !== undefined);
    const over = withCeiling.filter((i) => i.typicalPriceFen > (i.priceCeilingFen ?? Infinity));
    expect(withCeiling.length).toBeGreaterThan(catalogueItems.length * 0.4);
    expect(over.length).toBeGreaterThanOrEqual(5);
    expect(over.length).toBeLessThan(withCeiling.length * 0.1);
    expect(new Set(over.map((i) => i.kind))).toEqual(new Set(["drug", "service", "material"]));
  });

  it("sets per-item class-B shares only on class-B items, in basis points", () => {
    const overrides = catalogueItems.filter((i) => i.classBShare !== undefined);
    expect(overrides.length).toBeGreaterThanOrEqual(5);
    for (const item of overrides) {
      expect(item.class).toBe("B");
      expect(Number.isInteger(item.classBShare)).toBe(true);
      expect(item.classBShare).toBeGreaterThanOrEqual(0);
      expect(item.classBShare).toBeLessThanOrEqual(10_000);
    }
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(catalogueItems)).toBe(true);
  });
});

describe("pinyin initials", () => {
  test.each([
    // One letter per character, in order: 二(er) 甲(jia) 双(shuang) 胍(gua) 片(pian).
    ["二甲双胍片", "ejsgp"],
    ["阿莫西林胶囊", "amxljn"],
    ["硝苯地平缓释片", "xbdphsp"],
    ["苯磺酸氨氯地平片", "bhsaldpp"],
    ["阿托伐他汀钙片", "atfttgp"],
    ["连花清瘟胶囊", "lhqwjn"],
    ["复方丹参滴丸", "ffdsdw"], // 参 read shen
    ["参松养心胶囊", "ssyxjn"],
    ["重组人胰岛素注射液", "czrydszsy"], // 重 read chong
    ["枸橼酸铋钾胶囊", "jysbjjn"], // 枸橼 read juyuan
    ["复方阿胶浆", "ffejj"], // 阿胶 read ejiao
    ["藿香正气水", "hxzqs"],
    ["六味地黄丸", "lwdhw"],
    ["血常规检查", "xcgjc"],
    ["腰椎磁共振平扫", "yzcgzps"], // 椎 read zhui
    ["调强放射治疗", "tqfszl"], // 调 read tiao
    ["医用弹力袜", "yytlw"], // 弹 read tan
    ["冠状动脉药物洗脱支架", "gzdmywxtzj"],
    ["维生素C片", "wsscp"],
    ["碳酸钙D3片", "tsgd3p"],
    ["胸部CT平扫", "xbctps"],
  ])("%s → %s", (name, initials) => {
    expect(byName.get(name)?.pinyinInitials).toBe(initials);
  });

  it("has one initial per character of the name, Latin letters and digits kept as they are", () => {
    for (const item of catalogueItems) {
      const chars = Array.from(item.name);
      expect(item.pinyinInitials.length, item.name).toBe(chars.length);
      chars.forEach((char, i) => {
        if (/[A-Za-z0-9]/.test(char)) expect(item.pinyinInitials[i], item.name).toBe(char.toLowerCase());
        else expect(char, item.name).toMatch(/\p{Script=Han}/u);
      });
    }
  });
});

describe("catalogue item schema", () => {
  const valid = byName.get("阿莫西林胶囊");
  if (valid === undefined) throw new Error("fixture item missing");

  it("accepts a valid item", () => {
    expect(catalogueItemSchema.safeParse(valid).success).toBe(true);
  });

  test.each([
    ["a drug code of the wrong length", { code: "XA10BA" }],
    ["a service code on a drug", { code: "001102000010000" }],
    ["a material code with letters", { kind: "material", code: "C02010100010001000AB" }],
    ["a price in yuan with decimals", { typicalPriceFen: 7.8 }],
    ["a zero price", { typicalPriceFen: 0 }],
    ["a class-B share on a class-A item", { classBShare: 1500 }],
    ["a class-B share over 100%", { class: "B", classBShare: 10_001 }],
    ["upper-case initials", { pinyinInitials: "AMXLJN" }],
    ["an unknown class", { class: "D" }],
    ["an unknown field", { note: "x" }],
  ])("rejects %s", (_label, change) => {
    expect(catalogueItemSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
