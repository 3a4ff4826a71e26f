import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import {
  catalogueItems,
  catalogueSearchInputSchema,
  classBShareFor,
  findCatalogueItem,
  normaliseCatalogueQuery,
  searchCatalogue,
  type CatalogueItem,
} from "@/lib/catalogue";

const names = (items: readonly CatalogueItem[]) => items.map((item) => item.name);

function itemNamed(name: string): CatalogueItem {
  const item = catalogueItems.find((i) => i.name === name);
  if (item === undefined) throw new Error(`no item ${name}`);
  return item;
}

const METFORMIN = itemNamed("二甲双胍片");

describe("searchCatalogue: what it matches", () => {
  it("finds by a Chinese name prefix", () => {
    expect(names(searchCatalogue("二甲双胍"))).toEqual(["二甲双胍片", "二甲双胍缓释片"]);
  });

  it("finds by a Chinese substring", () => {
    const found = names(searchCatalogue("地平"));
    expect(found).toEqual(expect.arrayContaining(["苯磺酸氨氯地平片", "硝苯地平缓释片", "非洛地平缓释片"]));
  });

  it("finds by pinyin initials, as a prefix and inside", () => {
    expect(searchCatalogue("ejsg")[0]?.name).toBe("二甲双胍片");
    expect(searchCatalogue("amxljn")[0]?.name).toBe("阿莫西林胶囊");
    // "aldp" is inside bhsaldpp (苯磺酸氨氯地平片)
    expect(names(searchCatalogue("aldp"))).toContain("苯磺酸氨氯地平片");
  });

  it("finds by a code prefix, whatever the case", () => {
    const upper = searchCatalogue("XA10B");
    expect(upper.length).toBeGreaterThan(5);
    expect(upper.every((item) => item.code.startsWith("XA10B"))).toBe(true);
    expect(searchCatalogue("xa10b")).toEqual(upper);
    expect(searchCatalogue("0025", { limit: 100 }).every((item) => item.code.startsWith("0025"))).toBe(true);
    expect(searchCatalogue("c10").map((item) => item.kind)).toEqual(["material", "material"]);
  });

  it("finds by an exact code, whatever the case", () => {
    expect(searchCatalogue(METFORMIN.code.toLowerCase())[0]).toBe(METFORMIN);
  });

  it("finds by English name, whatever the case", () => {
    expect(names(searchCatalogue("metformin"))).toEqual(["二甲双胍片", "二甲双胍缓释片"]);
    expect(names(searchCatalogue("Amoxicillin"))).toEqual(["阿莫西林胶囊", "阿莫西林克拉维酸钾片"]);
    expect(names(searchCatalogue("haemodialysis"))).toEqual(["血液透析"]);
  });

  it("finds by several English words in any order", () => {
    expect(names(searchCatalogue("glargine insulin"))).toEqual(["甘精胰岛素注射液"]);
  });

  it("finds by keyword (common words and uses)", () => {
    const antihypertensives = searchCatalogue("降压", { limit: 100 });
    expect(antihypertensives.length).toBeGreaterThan(10);
    expect(names(antihypertensives)).toContain("硝苯地平缓释片");
    expect(names(searchCatalogue("MRI"))).toEqual(["头颅磁共振平扫", "腰椎磁共振平扫"]);
    expect(names(searchCatalogue("打点滴"))).toEqual(["静脉输液"]);
  });

  it("finds services and materials", () => {
    expect(searchCatalogue("血常规")[0]?.kind).toBe("service");
    expect(searchCatalogue("xcg")[0]?.name).toBe("血常规检查");
    expect(searchCatalogue("支架", { kind: "material" })[0]?.name).toBe("冠状动脉药物洗脱支架");
  });

  it("returns nothing for what is not there", () => {
    expect(searchCatalogue("不存在的药品名称")).toEqual([]);
    expect(searchCatalogue("zzzzzzzz")).toEqual([]);
  });
});

describe("searchCatalogue: ranking", () => {
  it("puts an exact code first", () => {
    // The code's letters also occur inside other items' English names and initials.
    const exact = searchCatalogue(METFORMIN.code);
    expect(exact[0]).toBe(METFORMIN);
  });

  it("puts a name prefix before an initials prefix", () => {
    // "c" starts the name C反应蛋白测定 and the initials of 茶碱缓释片 (cjhsp) and others.
    const results = names(searchCatalogue("c", { limit: 100 }));
    expect(results[0]).toBe("C反应蛋白测定");
    expect(results).toContain("茶碱缓释片");
  });

  it("puts an initials prefix before anything found inside", () => {
    const results = searchCatalogue("a", { limit: 100 });
    const isPrefix = results.map((item) => item.pinyinInitials.startsWith("a"));
    const firstOther = isPrefix.indexOf(false);
    expect(firstOther).toBeGreaterThan(0);
    expect(isPrefix.slice(firstOther)).not.toContain(true);
  });

  it("puts a Chinese name prefix before a Chinese substring", () => {
    const results = names(searchCatalogue("血液透析"));
    expect(results.slice(0, 3)).toEqual(["血液透析", "血液透析器", "血液透析滤过"]);
  });

  it("puts an initials prefix before an initials substring", () => {
    // "sm" starts 司美格鲁肽 (smgltzsy) and is inside 地塞米松… (dsmslsnzsy).
    const results = names(searchCatalogue("sm", { limit: 100 }));
    expect(results.indexOf("司美格鲁肽注射液")).toBeLessThan(results.indexOf("地塞米松磷酸钠注射液"));
  });

  it("puts initials before a code prefix", () => {
    // "x" is the first initial of many names and the first letter of every Western drug code.
    const results = searchCatalogue("x", { limit: 100 });
    const firstCodeOnly = results.findIndex((item) => !item.pinyinInitials.startsWith("x"));
    expect(firstCodeOnly).toBeGreaterThan(0);
    expect(results.slice(firstCodeOnly).every((item) => !item.pinyinInitials.startsWith("x"))).toBe(true);
  });

  it("puts the shorter name first among equals", () => {
    expect(names(searchCatalogue("布洛芬"))).toEqual(["布洛芬片", "布洛芬混悬液", "布洛芬缓释胶囊"]);
  });

  it("puts an English word start before the same letters inside a word", () => {
    // "ct" starts the word "CT" in 胸部CT平扫 and is inside "injection".
    const results = searchCatalogue("ct", { limit: 100 });
    expect(names(results.slice(0, 2))).toEqual(["胸部CT平扫", "头颅CT平扫"]);
  });

  it("gives the same answer every time", () => {
    const first = searchCatalogue("片", { limit: 100 });
    for (let i = 0; i < 5; i += 1) expect(searchCatalogue("片", { limit: 100 })).toEqual(first);
  });
});

describe("searchCatalogue: input handling", () => {
  it("folds full-width letters, digits and spaces to half-width", () => {
    expect(searchCatalogue("ＸＡ１０Ｂ")).toEqual(searchCatalogue("XA10B"));
    expect(searchCatalogue("ＥＪＳＧ")[0]).toBe(METFORMIN);
    expect(searchCatalogue("\u3000二甲双胍\u3000")[0]).toBe(METFORMIN);
  });

  it("trims and ignores spaces inside Chinese names and codes", () => {
    expect(searchCatalogue("  二甲 双胍  ")[0]).toBe(METFORMIN);
    expect(searchCatalogue(" XA10BAE015 A001 ")[0]).toBe(METFORMIN);
  });

  test.each(["", "   ", "\u3000", "\t\n", "\u200b"])("returns nothing for the empty query %j", (query) => {
    expect(searchCatalogue(query)).toEqual([]);
  });

  it("looks at the first 50 characters only", () => {
    const long = `二甲双胍${"片".repeat(46)}`;
    expect(normaliseCatalogueQuery(`${long}XYZ`)).toBe(long);
    expect(normaliseCatalogueQuery("a".repeat(10_000))).toHaveLength(50);
    expect(searchCatalogue(`${"z".repeat(50)}二甲双胍`)).toEqual([]);
  });

  it("normalises queries", () => {
    expect(normaliseCatalogueQuery("  Ａｍｏｘ  ｉｃｉｌｌｉｎ ")).toBe("amox icillin");
    expect(normaliseCatalogueQuery("二甲\u200b双胍")).toBe("二甲双胍");
  });
});

describe("searchCatalogue: options", () => {
  it("returns at most 20 by default", () => {
    expect(searchCatalogue("片")).toHaveLength(20);
  });

  it("honours a limit, capped at 100", () => {
    expect(searchCatalogue("片", { limit: 3 })).toEqual(searchCatalogue("片").slice(0, 3));
    expect(searchCatalogue("x", { limit: 1000 })).toHaveLength(100);
    expect(searchCatalogue("片", { limit: 2.9 })).toHaveLength(2);
  });

  test.each([0, -1, 0.5])("returns nothing for limit %s", (limit) => {
    expect(searchCatalogue("片", { limit })).toEqual([]);
  });

  it("falls back to the default for a limit that is not a number", () => {
    expect(searchCatalogue("片", { limit: Number.NaN })).toHaveLength(20);
  });

  it("filters by kind", () => {
    const services = searchCatalogue("检查", { kind: "service", limit: 100 });
    expect(services.length).toBeGreaterThan(5);
    expect(services.every((item) => item.kind === "service")).toBe(true);
    expect(searchCatalogue("透析", { kind: "material" }).map((item) => item.name)).toEqual(["血液透析器"]);
  });

  it("filters by class", () => {
    const classC = searchCatalogue("c", { class: "C", limit: 100 });
    expect(classC.length).toBeGreaterThan(0);
    expect(classC.every((item) => item.class === "C")).toBe(true);
    expect(names(searchCatalogue("降压", { class: "A", limit: 100 }))).not.toContain("氯沙坦钾片");
  });

  it("filters by several kinds or classes, an empty list filtering nothing", () => {
    const drugsAndMaterials = searchCatalogue("血", { kind: ["drug", "material"], limit: 100 });
    expect(drugsAndMaterials.some((item) => item.kind === "material")).toBe(true);
    expect(drugsAndMaterials.some((item) => item.kind === "drug")).toBe(true);
    expect(drugsAndMaterials.some((item) => item.kind === "service")).toBe(false);
    expect(searchCatalogue("血", { kind: [], class: [], limit: 100 })).toEqual(searchCatalogue("血", { limit: 100 }));
    const ab = searchCatalogue("x", { class: ["A", "B"], limit: 100 });
    expect(ab.every((item) => item.class !== "C")).toBe(true);
  });

  it("combines kind and class", () => {
    const results = searchCatalogue("z", { kind: "drug", class: "B", limit: 100 });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((item) => item.kind === "drug" && item.class === "B")).toBe(true);
  });
});

describe("searchCatalogue: properties", () => {
  it("never throws, respects the limit and filters, and returns distinct items", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.integer({ min: -5, max: 150 }),
        fc.constantFrom(undefined, "drug", "service", "material"),
        fc.constantFrom(undefined, "A", "B", "C"),
        (query, limit, kind, klass) => {
          const results = searchCatalogue(query, { limit, kind, class: klass });
          expect(results.length).toBeLessThanOrEqual(Math.max(0, Math.min(limit, 100)));
          expect(new Set(results).size).toBe(results.length);
          for (const item of results) {
            if (kind !== undefined) expect(item.kind).toBe(kind);
            if (klass !== undefined) expect(item.class).toBe(klass);
          }
        },
      ),
    );
  });

  it("finds every item first by its code and by its Chinese name", () => {
    for (const item of catalogueItems) {
      expect(searchCatalogue(item.code)[0], item.code).toBe(item);
      expect(searchCatalogue(item.name)[0], item.name).toBe(item);
    }
  });

  it("finds every item by its initials and by its English name", () => {
    for (const item of catalogueItems) {
      expect(searchCatalogue(item.pinyinInitials, { limit: 100 }), item.name).toContain(item);
      expect(searchCatalogue(item.nameEn, { limit: 100 }), item.nameEn).toContain(item);
    }
  });

  it("answers well under a millisecond per query", () => {
    const queries = ["a", "阿莫", "xbdp", "ct", "降压", "0025", "metformin", "XA10BAE015A001010100000", "片"];
    searchCatalogue("warm up");
    const rounds = 2000;
    const started = performance.now();
    for (let i = 0; i < rounds; i += 1) searchCatalogue(queries[i % queries.length] ?? "");
    const perQueryMs = (performance.now() - started) / rounds;
    expect(perQueryMs).toBeLessThan(1);
  });
});

describe("findCatalogueItem", () => {
  it("finds an item by its exact code", () => {
    expect(findCatalogueItem(METFORMIN.code)).toBe(METFORMIN);
  });

  it("ignores case, surrounding spaces and full width", () => {
    expect(findCatalogueItem(` ${METFORMIN.code.toLowerCase()} `)).toBe(METFORMIN);
    const fullWidth = Array.from(METFORMIN.code, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join("");
    expect(findCatalogueItem(fullWidth)).toBe(METFORMIN);
    expect(findCatalogueItem("001102000010000")?.name).toBe("普通门诊诊查费");
  });

  test.each(["", "XA10B", `${METFORMIN.code}0`, "二甲双胍片"])("finds nothing for %j", (code) => {
    expect(findCatalogueItem(code)).toBeUndefined();
  });
});

describe("classBShareFor", () => {
  const classA = itemNamed("阿莫西林胶囊");
  const classB = itemNamed("氯沙坦钾片");
  const classC = itemNamed("片仔癀");
  const overridden = itemNamed("人血白蛋白");

  it("uses the regional default for a class-B item", () => {
    expect(classBShareFor(classB, 1500)).toBe(1500);
  });

  it("uses the item's own share when it has one", () => {
    expect(overridden.classBShare).toBe(3000);
    expect(classBShareFor(overridden, 1000)).toBe(3000);
  });

  it("is zero for class A and class C", () => {
    expect(classBShareFor(classA, 1500)).toBe(0);
    expect(classBShareFor(classC, 1500)).toBe(0);
  });

  test.each([-1, 10_001, 15.5, Number.NaN])("rejects a regional default of %s", (bps) => {
    expect(() => classBShareFor(classB, bps)).toThrow(RangeError);
  });
});

describe("catalogueSearchInputSchema", () => {
  it("parses a query string's values", () => {
    expect(catalogueSearchInputSchema.parse({ q: "阿莫", limit: "5", kind: "drug" })).toEqual({
      q: "阿莫",
      limit: 5,
      kind: "drug",
    });
  });

  it("rejects a bad limit or kind", () => {
    expect(catalogueSearchInputSchema.safeParse({ q: "a", limit: "0" }).success).toBe(false);
    expect(catalogueSearchInputSchema.safeParse({ q: "a", limit: "101" }).success).toBe(false);
    expect(catalogueSearchInputSchema.safeParse({ q: "a", kind: "device" }).success).toBe(false);
  });
});
