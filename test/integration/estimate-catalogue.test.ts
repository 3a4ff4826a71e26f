import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { catalogueItems, searchCatalogue } from "@/lib/catalogue";
import { findCatalogueItemsByCodes, searchCatalogueDb } from "@/lib/catalogue/db-search";
import type { Database } from "@/lib/db/open";
import { seedCatalogue } from "@/lib/seed/catalogue";
import { GET as searchRoute } from "@/app/api/v1/catalogue/search/route";
import { provideDatabase } from "@/lib/db";
import { callRoute } from "../helpers/next-request";
import { createTestDatabase, queryRows } from "../helpers/test-db";
import { sql } from "drizzle-orm";

let database: Database;

beforeEach(async () => {
  database = await createTestDatabase("demo-november");
});
afterEach(async () => database.close());

const codes = (items: Array<{ code: string }>) => items.map((item) => item.code);

describe("catalogue_items and searchCatalogueDb", () => {
  test("the seed loads every item once and is idempotent", async () => {
    await seedCatalogue(database.db);
    const [row] = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from catalogue_items`);
    expect(row?.n).toBe(catalogueItems.length);
    expect(catalogueItems.length).toBeGreaterThanOrEqual(300);
  });

  test.each(["二甲双胍", "ejsg", "XA10BAE015A001010100000", "xa10", "metformin", "胃痛", "omeprazole caps", "片", "tablets", "降糖", "血常规", "注射"])(
    "ranks %s as the in-memory search does",
    async (query) => {
      expect(codes(await searchCatalogueDb(database.db, query, { limit: 20 }))).toEqual(codes(searchCatalogue(query, { limit: 20 })));
    },
  );

  test("wildcards are taken literally; empty and blank queries find nothing", async () => {
    expect(await searchCatalogueDb(database.db, "%")).toEqual([]);
    expect(await searchCatalogueDb(database.db, "_")).toEqual([]);
    expect(await searchCatalogueDb(database.db, "   ")).toEqual([]);
    expect(await searchCatalogueDb(database.db, "ejsg", { limit: 0 })).toEqual([]);
  });

  test("filters by kind and class; full-width input is folded", async () => {
    const classB = await searchCatalogueDb(database.db, "片", { class: "B", limit: 50 });
    expect(classB.length).toBeGreaterThan(0);
    expect(classB.every((item) => item.class === "B")).toBe(true);
    expect(codes(await searchCatalogueDb(database.db, "ＥＪＳＧ"))).toEqual(codes(await searchCatalogueDb(database.db, "ejsg")));
  });

  test("items by code carry the class, class-B share and price ceiling", async () => {
    const found = await findCatalogueItemsByCodes(database.db, ["xa10bae015a001010100000", "NOPE"]);
    expect(found.get("XA10BAE015A001010100000")).toMatchObject({ class: "A", typicalPriceFen: 650, priceCeilingFen: 900 });
    expect(found.size).toBe(1);
  });

  test("GET /api/v1/catalogue/search answers, validates and is rate-limited", async () => {
    provideDatabase(database);
    const search = (query: string) => callRoute(searchRoute, `/api/v1/catalogue/search?${query}`, { headers: { "x-forwarded-for": "203.0.113.7" } });
    const ok = await search("q=ejsg&limit=3");
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { items: Array<{ name: string }> };
    expect(body.items[0]?.name).toBe("二甲双胍片");
    expect(body.items.length).toBeLessThanOrEqual(3);
    const bad = await search("q=a&limit=1000");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
    await queryRows(database, sql`update rate_limits set count = 100000 where key like 'catalogue-search:%'`);
    const limited = await search("q=a");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    provideDatabase(null);
  });
});
