import { foldCatalogueText } from "./search";

/** Catalogue text as the database search stores it: lib/catalogue's own folding, so both searches agree. */
export const catalogueSearchText = foldCatalogueText;

/** Keywords as one searchable text: "\n" before each, so a keyword's start is "\n" + word. */
export function catalogueKeywordsText(keywords: readonly string[] | undefined): string {
  return (keywords ?? []).map((keyword) => `\n${catalogueSearchText(keyword)}`).join("");
}

/**
 * The pieces a text must hold to contain `fragment`: the fragment itself when it is one character,
 * else each pair of neighbouring characters. The database keeps every one- and two-character piece
 * of an item's searched text (catalogue_items.search_grams, made by migration 0009's
 * catalogue_search_grams); characters are code points on both sides.
 */
export function catalogueFragmentPieces(fragment: string): string[] {
  const characters = Array.from(fragment);
  if (characters.length <= 1) return characters;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < characters.length; i++) pairs.add(characters[i]! + characters[i + 1]!);
  return [...pairs];
}
