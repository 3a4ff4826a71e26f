import { foldCatalogueText } from "./search";

/** Catalogue text as the database search stores it: lib/catalogue's own folding, so both searches agree. */
export const catalogueSearchText = foldCatalogueText;

/** Keywords as one searchable text: "\n" before each, so a keyword's start is "\n" + word. */
export function catalogueKeywordsText(keywords: readonly string[] | undefined): string {
  return (keywords ?? []).map((keyword) => `\n${catalogueSearchText(keyword)}`).join("");
}
