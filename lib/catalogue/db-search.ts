import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import { normaliseCatalogueQuery } from "./search";
import { catalogueFragmentPieces } from "./search-text";
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

/** The text holds every piece of these fragments (catalogue_items_search_grams_idx, GIN). */
function holdsPieces(fragments: readonly string[]): SQL {
  const pieces = [...new Set(fragments.flatMap(catalogueFragmentPieces))];
  return sql`${catalogueEntries.searchGrams} @> array[${sql.join(
    pieces.map((piece) => sql`${piece}`),
    sql`, `,
  )}]::text[]`;
}

/** A query as both stages read it (null: nothing to search). */
interface PreparedQuery {
  spaced: string;
  compact: string;
  /** The words of a query of several words, else empty. */
  words: string[];
  limit: number;
  options: CatalogueDbSearchOptions;
}

function prepareQuery(query: string, options: CatalogueDbSearchOptions): PreparedQuery | null {
  const spaced = normaliseCatalogueQuery(query);
  const limit = resolveLimit(options.limit);
  if (spaced === "" || limit === 0) return null;
  return { spaced, compact: spaced.replace(/ /g, ""), words: spaced.includes(" ") ? spaced.split(" ") : [], limit, options };
}

/**
 * Stage one's candidates: the rows of tiers 0–3 (exact code, name, initials or code prefix),
 * from the three prefix btrees. Every one of them ranks above every row of tiers 4–5.
 */
function prefixCandidates({ compact }: PreparedQuery): SQL {
  const e = catalogueEntries;
  const prefix = `${likeLiteral(compact)}%`;
  return sql`(${e.codeSearch} like ${prefix} or ${e.nameSearch} like ${prefix} or ${e.pinyinInitials} like ${prefix})`;
}

/**
 * Stage two's candidates: every row that can rank at all. The code prefix (the exact code is one)
 * from the code's btree; everything else needs the item's searched text to contain the compact
 * query (name and initials prefixes, tier 4) or, for several words, every word (the spaced query
 * and tier 5 included), which the pieces' GIN index answers. A superset: the ranking re-checks.
 */
function allCandidates({ compact, words }: PreparedQuery): SQL {
  const e = catalogueEntries;
  const branches = [sql`${e.codeSearch} like ${`${likeLiteral(compact)}%`}`, holdsPieces([compact])];
  if (words.length > 1) branches.push(holdsPieces(words));
  return sql`(${sql.join(branches, sql` or `)})`;
}

/** The candidates ranked (tier, then shorter name, then catalogue order), the best `limit`. */
function rankedStatement(db: Db, { spaced, compact, words, limit, options }: PreparedQuery, candidates: SQL) {
  const c = likeLiteral(compact);
  const s = likeLiteral(spaced);
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
  const filters: SQL[] = [candidates];
  if (options.kind) filters.push(sql`${e.kind} = ${options.kind}`);
  if (options.class) filters.push(sql`${e.itemClass} = ${options.class}`);
  const ranked = db
    .select({ ...columns, tier: tier.as("tier"), nameLength: sql<number>`char_length(${e.name})`.as("name_length"), sortOrder: e.sortOrder })
    .from(e)
    .where(sql.join(filters, sql` and `))
    .as("ranked");
  return db
    .select()
    .from(ranked)
    .where(sql`${ranked.tier} is not null`)
    .orderBy(ranked.tier, ranked.nameLength, ranked.sortOrder)
    .limit(limit);
}

/**
 * Searches catalogue_items by Chinese name, pinyin initials, code or English name, ranked as
 * lib/catalogue's in-memory search ranks (exact code; name prefix; initials prefix; code prefix;
 * contained; weak), ties broken by shorter name, then catalogue order. Candidates come from
 * indexes, never a scan of the whole catalogue, and only they are ranked, in up to two stages:
 * the prefix tiers first (the usual case for a code, a name being typed or initials: few rows,
 * and enough of them even for a one-letter query), and only when they do not fill the page,
 * every tier from the pieces' index.
 */
export async function searchCatalogueDb(db: Db, query: string, options: CatalogueDbSearchOptions = {}): Promise<CatalogueItemDto[]> {
  const prepared = prepareQuery(query, options);
  if (prepared === null) return [];
  let rows = await rankedStatement(db, prepared, prefixCandidates(prepared));
  if (rows.length < prepared.limit) rows = await rankedStatement(db, prepared, allCandidates(prepared));
  return rows.map(({ tier: _tier, nameLength: _length, sortOrder: _order, ...item }) => item);
}

/** The statements searchCatalogueDb may send, in order (none when there is nothing to search): for EXPLAIN in the benchmark. */
export function catalogueSearchStatements(db: Db, query: string, options: CatalogueDbSearchOptions = {}) {
  const prepared = prepareQuery(query, options);
  if (prepared === null) return [];
  return [rankedStatement(db, prepared, prefixCandidates(prepared)), rankedStatement(db, prepared, allCandidates(prepared))];
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
