/**
 * The one normalisation of catalogue text for database search: NFKC (full-width letters, digits
 * and spaces to half-width), lower case, single spaces, invisible characters dropped — the same
 * folding lib/catalogue applies in memory, so both searches agree.
 */
export function catalogueSearchText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/gu, " ")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .trim()
    .toLowerCase();
}

/** Keywords as one searchable text: "\n" before each, so a keyword's start is "\n" + word. */
export function catalogueKeywordsText(keywords: readonly string[] | undefined): string {
  return (keywords ?? []).map((keyword) => `\n${catalogueSearchText(keyword)}`).join("");
}
