import { catalogueItems } from "./items";
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_QUERY_LENGTH,
  MAX_SEARCH_LIMIT,
  type CatalogueClass,
  type CatalogueItem,
  type CatalogueKind,
  type CatalogueSearchOptions,
} from "./types";

/**
 * Pure in-memory catalogue search. The index is built once at module load;
 * a query is a single pass over ~300 precomputed entries plus a sort of the hits.
 *
 * Ranking, best first (ties: shorter name, then catalogue order):
 *   0 exact code (case-insensitive)
 *   1 Chinese name starts with the query
 *   2 pinyin initials start with the query
 *   3 code starts with the query
 *   4 the query is inside the Chinese name or the initials, at the start of a
 *     word of the English name, or at the start of a keyword
 *   5 the query is elsewhere inside the English name or a keyword, or, for a
 *     query of several words, every word is found as in tier 4
 */

const TIER_EXACT_CODE = 0;
const TIER_NAME_PREFIX = 1;
const TIER_INITIALS_PREFIX = 2;
const TIER_CODE_PREFIX = 3;
const TIER_CONTAINS = 4;
const TIER_WEAK = 5;

interface IndexEntry {
  readonly item: CatalogueItem;
  readonly order: number;
  /** Lower-case code. */
  readonly code: string;
  readonly name: string;
  readonly initials: string;
  readonly nameEn: string;
  readonly keywords: readonly string[];
}

interface Hit {
  readonly entry: IndexEntry;
  readonly tier: number;
  readonly key: number;
}

/**
 * NFKC (full-width letters, digits and spaces to half-width), lower case, single spaces,
 * invisible characters dropped. The database search folds its stored text the same way.
 */
export function foldCatalogueText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/gu, " ")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .trim()
    .toLowerCase();
}

/**
 * Turns raw user input into the form the index is matched against: trimmed,
 * full-width characters folded to half-width, lower case, runs of white space
 * made one space, invisible control characters dropped, and cut to
 * MAX_QUERY_LENGTH characters.
 */
export function normaliseCatalogueQuery(raw: string): string {
  if (typeof raw !== "string") return "";
  // Bound the work on hostile input before normalising (NFKC may expand a little).
  const bounded = raw.trimStart().slice(0, MAX_QUERY_LENGTH * 4);
  const normalised = foldCatalogueText(bounded);
  return Array.from(normalised).slice(0, MAX_QUERY_LENGTH).join("").trimEnd();
}

function buildIndex(items: readonly CatalogueItem[]): {
  entries: readonly IndexEntry[];
  byCode: ReadonlyMap<string, CatalogueItem>;
} {
  const byCode = new Map<string, CatalogueItem>();
  const entries = items.map((item, order): IndexEntry => {
    const code = item.code.toUpperCase();
    if (byCode.has(code)) throw new Error(`duplicate catalogue code ${item.code}`);
    byCode.set(code, item);
    return {
      item,
      order,
      code: code.toLowerCase(),
      name: foldCatalogueText(item.name),
      initials: item.pinyinInitials,
      nameEn: foldCatalogueText(item.nameEn),
      keywords: (item.keywords ?? []).map(foldCatalogueText),
    };
  });
  return { entries, byCode };
}

const index = buildIndex(catalogueItems);

/** True when `needle` occurs in `text` at position 0 or right after a non-alphanumeric character. */
function occursAtWordStart(text: string, needle: string): boolean {
  let at = text.indexOf(needle);
  while (at !== -1) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(at - 1))) return true;
    at = text.indexOf(needle, at + 1);
  }
  return false;
}

function containsWord(entry: IndexEntry, word: string): boolean {
  return (
    entry.name.includes(word) ||
    entry.initials.includes(word) ||
    occursAtWordStart(entry.nameEn, word) ||
    entry.keywords.some((keyword) => keyword.startsWith(word))
  );
}

/**
 * @param spaced normalised query (may contain single spaces), for English text
 * @param compact the same without spaces, for names, initials and codes
 * @param words the words of a query of several words, else empty
 */
function rank(entry: IndexEntry, spaced: string, compact: string, words: readonly string[]): Hit | undefined {
  if (compact === "") return undefined;
  const nameLength = entry.name.length;
  if (entry.code === compact) return { entry, tier: TIER_EXACT_CODE, key: 0 };
  if (entry.name.startsWith(compact)) return { entry, tier: TIER_NAME_PREFIX, key: nameLength };
  if (entry.initials.startsWith(compact)) return { entry, tier: TIER_INITIALS_PREFIX, key: nameLength };
  if (entry.code.startsWith(compact)) return { entry, tier: TIER_CODE_PREFIX, key: nameLength };
  if (containsWord(entry, compact) || occursAtWordStart(entry.nameEn, spaced)) {
    return { entry, tier: TIER_CONTAINS, key: nameLength };
  }
  if (
    entry.nameEn.includes(spaced) ||
    entry.keywords.some((keyword) => keyword.includes(spaced)) ||
    (words.length > 1 && words.every((word) => containsWord(entry, word)))
  ) {
    return { entry, tier: TIER_WEAK, key: nameLength };
  }
  return undefined;
}

function compareHits(a: Hit, b: Hit): number {
  return a.tier - b.tier || a.key - b.key || a.entry.order - b.entry.order;
}

function resolveLimit(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return DEFAULT_SEARCH_LIMIT;
  const whole = Math.floor(limit);
  if (whole < 1) return 0;
  return Math.min(whole, MAX_SEARCH_LIMIT);
}

/** An absent filter or an empty list lets everything through. */
function toFilter<T extends string>(value: T | readonly T[] | undefined): ReadonlySet<T> | undefined {
  if (value === undefined) return undefined;
  const values: readonly T[] = typeof value === "string" ? [value] : value;
  return values.length === 0 ? undefined : new Set(values);
}

/**
 * Searches the catalogue by Chinese name, pinyin initials, code or English name
 * (see the ranking above). An empty query (after normalisation) returns no
 * items. Results are in a stable order and never more than `limit`
 * (default 20, at most 100).
 */
export function searchCatalogue(query: string, options: CatalogueSearchOptions = {}): CatalogueItem[] {
  const spaced = normaliseCatalogueQuery(query);
  if (spaced === "") return [];
  const limit = resolveLimit(options.limit);
  if (limit === 0) return [];
  const compact = spaced.replace(/ /g, "");
  const words = spaced.includes(" ") ? spaced.split(" ") : [];
  const kinds = toFilter<CatalogueKind>(options.kind);
  const classes = toFilter<CatalogueClass>(options.class);

  const hits: Hit[] = [];
  for (const entry of index.entries) {
    if (kinds !== undefined && !kinds.has(entry.item.kind)) continue;
    if (classes !== undefined && !classes.has(entry.item.class)) continue;
    const hit = rank(entry, spaced, compact, words);
    if (hit !== undefined) hits.push(hit);
  }
  hits.sort(compareHits);
  return hits.slice(0, limit).map((hit) => hit.entry.item);
}

/** The item with exactly this code (case-insensitive, surrounding and full-width spaces ignored). */
export function findCatalogueItem(code: string): CatalogueItem | undefined {
  if (typeof code !== "string") return undefined;
  const key = code.slice(0, 64).normalize("NFKC").replace(/\s+/gu, "").toUpperCase();
  return index.byCode.get(key);
}
