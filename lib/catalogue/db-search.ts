import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import { normaliseCatalogueQuery } from "./search";
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT, type CatalogueClass, type CatalogueKind } from "./types";
import type { Db } from "@/lib/db";
import { catalogueEntries } from "@/lib/db/schema";
import type { CatalogueItemFacts } from "@/lib/reimbursement";

/** A catalogue item as the estimate screen and the search API show it; money in fen, shares in basis points. */
export interface CatalogueItemDto {
  code: string;
  name: string;
  nameEn: string;
  spec: string;
  unit: string;
  unitEn: string;
  kind: CatalogueKind;
  class: CatalogueClass;
  /** The item's own class-B share; null: the region's share applies. */
  classBShareBp: number | null;
  typicalPriceFen: number;
  priceCeilingFen: number | null;
}

export interface CatalogueDbSearchOptions {
  limit?: number | undefined;
  kind?: CatalogueKind | undefined;
  class?: CatalogueClass | undefined;
}

const columns = {
  code: catalogueEntries.code,
  name: catalogueEntries.name,
  nameEn: catalogueEntries.nameEn,
  spec: catalogueEntries.spec,
  unit: catalogueEntries.unit,
  unitEn: catalogueEntries.unitEn,
  kind: catalogueEntries.kind,
  class: catalogueEntries.itemClass,
  classBShareBp: catalogueEntries.classBShareBp,
  typicalPriceFen: catalogueEntries.typicalPriceFen,
  priceCeilingFen: catalogueEntries.priceCeilingFen,
};

/** LIKE pattern text with its wildcards taken literally (backslash is PostgreSQL's default escape). */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function resolveLimit(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return DEFAULT_SEARCH_LIMIT;
  return Math.max(0, Math.min(MAX_SEARCH_LIMIT, Math.floor(limit)));
}

/** The text starts a word of the English name (after a space, hyphen, slash or bracket). */
function startsEnglishWord(text: string): SQL {
  const t = likeLiteral(text);
  const e = catalogueEntries.nameEnSearch;
  return sql`(${e} like ${`${t}%`} or ${e} like ${`% ${t}%`} or ${e} like ${`%-${t}%`} or ${e} like ${`%/${t}%`} or ${e} like ${`%(${t}%`})`;
}

/** The word is in the Chinese name or initials, starts a word of the English name, or starts a keyword. */
function containsWord(word: string): SQL {
  const w = likeLiteral(word);
  const e = catalogueEntries;
  return sql`(${e.nameSearch} like ${`%${w}%`} or ${e.pinyinInitials} like ${`%${w}%`} or ${startsEnglishWord(word)} or ${e.keywordsSearch} like ${`%\n${w}%`})`;
}

/**
 * Searches catalogue_items by Chinese name, pinyin initials, code or English name, ranked as
 * lib/catalogue's in-memory search ranks (exact code; name prefix; initials prefix; code prefix;
 * contained; weak), ties broken by shorter name, then catalogue order. One statement; the
 * prefix tiers can use the text_pattern_ops indexes.
 */
export async function searchCatalogueDb(db: Db, query: string, options: CatalogueDbSearchOptions = {}): Promise<CatalogueItemDto[]> {
  const statement = catalogueSearchStatement(db, query, options);
  if (statement === null) return [];
  const rows = await statement;
  return rows.map(({ tier: _tier, nameLength: _length, sortOrder: _order, ...item }) => item);
}

/** The statement searchCatalogueDb sends (null when there is nothing to search): for it, and for EXPLAIN in the benchmark. */
export function catalogueSearchStatement(db: Db, query: string, options: CatalogueDbSearchOptions = {}) {
  const spaced = normaliseCatalogueQuery(query);
  const limit = resolveLimit(options.limit);
  if (spaced === "" || limit === 0) return null;
  const compact = spaced.replace(/ /g, "");
  const c = likeLiteral(compact);
  const s = likeLiteral(spaced);
  const words = spaced.includes(" ") ? spaced.split(" ") : [];
  const e = catalogueEntries;
  const weak = sql`(${e.nameEnSearch} like ${`%${s}%`} or ${e.keywordsSearch} like ${`%${s}%`}${
    words.length > 1 ? sql` or (${sql.join(words.map(containsWord), sql` and `)})` : sql``
  })`;
  const tier = sql<number>`case
    when ${e.codeSearch} = ${compact} then 0
    when ${e.nameSearch} like ${`${c}%`} then 1
    when ${e.pinyinInitials} like ${`${c}%`} then 2
    when ${e.codeSearch} like ${`${c}%`} then 3
    when ${containsWord(compact)} or ${startsEnglishWord(spaced)} then 4
    when ${weak} then 5
  end`;
  const filters: SQL[] = [];
  if (options.kind) filters.push(sql`${e.kind} = ${options.kind}`);
  if (options.class) filters.push(sql`${e.itemClass} = ${options.class}`);
  const ranked = db
    .select({ ...columns, tier: tier.as("tier"), nameLength: sql<number>`char_length(${e.name})`.as("name_length"), sortOrder: e.sortOrder })
    .from(e)
    .where(filters.length > 0 ? sql.join(filters, sql` and `) : undefined)
    .as("ranked");
  return db
    .select()
    .from(ranked)
    .where(sql`${ranked.tier} is not null`)
    .orderBy(ranked.tier, ranked.nameLength, ranked.sortOrder)
    .limit(limit);
}

/** The items with these codes (exact, case-insensitive), by upper-case code. */
export async function findCatalogueItemsByCodes(db: Db, codes: readonly string[]): Promise<Map<string, CatalogueItemDto>> {
  const keys = [...new Set(codes.map((code) => code.trim().toLowerCase()).filter((code) => code.length > 0 && code.length <= 64))];
  const found = new Map<string, CatalogueItemDto>();
  if (keys.length === 0) return found;
  const rows = await db.select(columns).from(catalogueEntries).where(inArray(catalogueEntries.codeSearch, keys));
  for (const row of rows) found.set(row.code.toUpperCase(), row);
  return found;
}

/** The facts the engine reads of a catalogue item. */
export function catalogueFactsOf(item: CatalogueItemDto): CatalogueItemFacts {
  return {
    code: item.code,
    name: item.name,
    class: item.class,
    classBShare: item.classBShareBp ?? undefined,
    priceCeilingFen: item.priceCeilingFen ?? undefined,
  };
}
