/**
 * Language hygiene of a rendered screen: a Chinese page carries no English words (beyond a short
 * list of symbols and units), an English page no Chinese characters — except where an element
 * says it holds the other language (lang="en" inside a Chinese page, lang="zh-CN" around a
 * Chinese name or document title inside an English page), or holds an identifier that is not a
 * word at all (translate="no": a code, a field name, a link).
 *
 * `collectTexts` runs in the page (Playwright's page.evaluate); `languageProblems` judges what it
 * collected, here, so the rules are tested on their own (test/unit/foundation/language-check.test.ts).
 */

export interface TextSegment {
  text: string;
  /** The language the page declares for this text: the nearest lang attribute. */
  lang: string;
  /** Inside translate="no" (or <code>): an identifier, not words. */
  identifier: boolean;
  /** Where it was found, to name it in a failure: a short CSS-like path, or "title", "attr:aria-label". */
  where: string;
}

export interface PageTexts {
  htmlLang: string;
  title: string;
  segments: TextSegment[];
}

/**
 * Latin-script tokens a Chinese page may show: the symbol "QR" (二维码 is also used, QR is how
 * the code is labelled at counters), units of measure as the catalogue prints them (0.25g, 10ml),
 * and "TA", the written pronoun for a person of either sex that the screens use for a relative.
 */
export const LATIN_ALLOWED_IN_CHINESE = new Set(["QR", "g", "mg", "μg", "kg", "ml", "mL", "L", "cm", "mm", "IU", "TA"]);

/**
 * A relative's masked name (周*雨, 陈*), which acting-for messages carry inside their text
 * (lib/i18n/subject.ts fills it in as text, so it cannot be marked as Chinese there).
 */
const MASKED_NAME = /\p{Script=Han}\*+\p{Script=Han}*/gu;

/** Paper sizes by their ISO names (A4 纸), as Chinese writes them too. */
const PAPER_SIZE = /(?<![\p{Script=Latin}\d])[AB][0-9](?![\p{Script=Latin}\d])/gu;
const HAN = /\p{Script=Han}/u;
/** CJK punctuation and full-width forms (（，。：), which have no place in English text; ¥ (U+00A5) is not among them. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/u;
const LATIN_WORD = /\p{Script=Latin}+/gu;

/** The text of a page, collected in the browser. Self-contained: it is serialised into the page. */
export function collectTexts(): PageTexts {
  const skip = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
  const path = (element: Element): string => {
    const parts: string[] = [];
    for (let at: Element | null = element; at && at !== document.body && parts.length < 4; at = at.parentElement) {
      const testId = at.getAttribute("data-testid");
      parts.unshift(testId ? `[data-testid=${testId}]` : at.id ? `#${at.id}` : at.tagName.toLowerCase());
    }
    return parts.join(" > ");
  };
  const facts = (element: Element) => ({
    lang: element.closest("[lang]")?.getAttribute("lang") ?? "",
    identifier: element.closest('[translate="no"], code') !== null,
  });
  const segments: TextSegment[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent?.trim() ?? "";
    if (!parent || !text || parent.closest("script, style, noscript, template")) continue;
    if (skip.has(parent.tagName)) continue;
    segments.push({ text, ...facts(parent), where: path(parent) });
  }
  for (const element of Array.from(document.body.querySelectorAll("[aria-label], [title], [alt], [placeholder], [aria-description], input[type=submit][value], input[type=button][value]"))) {
    for (const name of ["aria-label", "title", "alt", "placeholder", "aria-description", "value"]) {
      if (name === "value" && !(element instanceof HTMLInputElement && (element.type === "submit" || element.type === "button"))) continue;
      const value = element.getAttribute(name)?.trim();
      if (value) segments.push({ text: value, ...facts(element), where: `${path(element)} @${name}` });
    }
  }
  return { htmlLang: document.documentElement.lang, title: document.title, segments };
}

/** What is wrong with one piece of text in the language it is declared in; null when nothing is. */
export function textProblem(text: string, lang: string, identifier: boolean): string | null {
  if (lang.startsWith("zh")) {
    if (identifier) return null;
    const words = (text.replace(PAPER_SIZE, "").match(LATIN_WORD) ?? []).filter((word) => !LATIN_ALLOWED_IN_CHINESE.has(word));
    return words.length > 0 ? `English in Chinese text: ${[...new Set(words)].join(", ")}` : null;
  }
  if (lang.startsWith("en")) {
    if (HAN.test(text.replace(MASKED_NAME, ""))) return "Chinese characters in English text";
    if (CJK_PUNCTUATION.test(text)) return "Chinese punctuation in English text";
    return null;
  }
  return `no language declared (lang="${lang}")`;
}

/**
 * Every problem of a page in `locale`: the document's language, its title, and each piece of text
 * in its declared language. A bilingual shell (a static page the service worker keeps, served
 * whatever the language: the code screen, the offline page) says both languages by marking each
 * part; its document language and title are those of its build, not of the request.
 */
export function languageProblems(page: PageTexts, locale: "zh-CN" | "en", options: { bilingualShell?: boolean } = {}): string[] {
  const problems: string[] = [];
  if (!options.bilingualShell && page.htmlLang !== locale) problems.push(`<html lang="${page.htmlLang}"> on a ${locale} page`);
  if (!options.bilingualShell) {
    const title = textProblem(page.title, locale, false);
    if (title) problems.push(`title "${page.title}": ${title}`);
  }
  for (const segment of page.segments) {
    const problem = textProblem(segment.text, segment.lang, segment.identifier);
    if (problem) problems.push(`${segment.where}: "${segment.text.slice(0, 80)}": ${problem}`);
  }
  return [...new Set(problems)];
}
