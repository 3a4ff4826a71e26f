import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import { catalogueItems, catalogueSearchStatements, searchCatalogue, searchCatalogueDb, type CatalogueKind } from "@/lib/catalogue";
import type { Database } from "@/lib/db";
import { createTestDatabase } from "../helpers/test-db";

// The database search answers from indexes (a prefix stage, then the pieces' GIN index) rather
// than ranking every row; these check that it still answers exactly as the in-memory search,
// for queries of every shape the catalogue itself suggests, and that its statements can be
// planned without reading the whole table.

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase("demo-november");
});
afterAll(async () => database.close());

/** Queries made from the items: fragments of names, initials, codes, English words, keywords; one item in five. */
function queriesFromTheCatalogue(): string[] {
  const queries = new Set(["a", "片", "胶", "ＸＡ０２", "enteric coated", "omeprazole caps", "tablets injection", "z", "100%", "a_b"]);
  catalogueItems.forEach((item, i) => {
    if (i % 5 !== 0) return;
    const name = Array.from(item.name);
    queries.add(name[0]!);
    queries.add(name.slice(1, 3).join(""));
    queries.add(name.slice(2, 5).join(""));
    queries.add(item.pinyinInitials.slice(0, 2));
    queries.add(item.pinyinInitials.slice(1, 4));
    queries.add(item.code.slice(0, 6));
    queries.add(item.code);
    const words = item.nameEn.split(" ");
    queries.add(words[0]!);
    if (words.length > 2) queries.add(`${words[1]} ${words[2]}`);
    if (words[0]!.length > 4) queries.add(words[0]!.slice(2, 5));
    for (const keyword of item.keywords ?? []) queries.add(keyword);
  });
  return [...queries];
}

const codes = (items: Array<{ code: string }>) => items.map((item) => item.code).join(" ");

describe("catalogue search from indexes", () => {
  test("ranks every query as the in-memory search does, whether or not the prefix stage fills the page", async () => {
    const queries = queriesFromTheCatalogue();
    expect(queries.length).toBeGreaterThan(300);
    const differences: string[] = [];
    for (const [i, query] of queries.entries()) {
      // A small page is usually filled by the prefix stage; a large one needs the second.
      for (const limit of [3, 50]) {
        const kind: CatalogueKind | undefined = i % 7 === 0 ? "drug" : undefined;
        const fromDb = codes(await searchCatalogueDb(database.db, query, { limit, kind }));
        const inMemory = codes(searchCatalogue(query, { limit, kind }));
        if (fromDb !== inMemory) differences.push(`${query} (limit ${limit}${kind ? `, ${kind}` : ""}): ${fromDb} ≠ ${inMemory}`);
      }
    }
    expect(differences).toEqual([]);
  });

  test.each(["XA10BAE015A001010100000", "二甲双", "双胍", "ejsg", "omeprazole caps", "片"])(
    "both statements for %s can be planned without a sequential scan",
    async (query) => {
      const statements = catalogueSearchStatements(database.db, query, { limit: 8 });
      expect(statements).toHaveLength(2);
      for (const statement of statements) {
        const { sql: text, params } = statement.toSQL();
        // With sequential scans priced out, a plan still reads the whole table only if no index can serve the condition.
        const plan = await database.db.transaction(async (tx) => {
          await tx.execute(sql`set local enable_seqscan = off`);
          const literal = params.reduce<string>((t, param, n) => t.replace(new RegExp(`\\$${n + 1}(?!\\d)`), () => `'${String(param).replaceAll("'", "''")}'`), text);
          return (await tx.execute(sql.raw(`explain ${literal}`))) as unknown as { rows: Record<string, string>[] };
        });
        const lines = plan.rows.map((row) => Object.values(row)[0] ?? "");
        expect(lines.join("\n")).not.toMatch(/Seq Scan on catalogue_items/);
        expect(lines.join("\n")).toMatch(/Index Scan on catalogue_items_/);
      }
    },
  );
});
