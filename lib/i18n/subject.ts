/**
 * Words that depend on whose data a screen shows. Acting for a relative, a screen speaks of them
 * — "TA" or their masked name — and never says "your" or "my" of their data; for the person's own
 * data it addresses them as 您. A message that depends on it is written once with both forms,
 * `aboutSubject(self, other)`, where `other` may name the relative as `{subject}`; the catalogue
 * hands each request one form, chosen once for the request's subject (lib/context), so the
 * screens and their components read plain strings and need not know who is acting for whom.
 */

const SUBJECT_TEXT = Symbol.for("yibao.subjectText");

/** A message with its form for the person's own data and its form for a relative's. */
export interface SubjectText {
  readonly [SUBJECT_TEXT]: true;
  readonly self: string;
  readonly other: string;
}

export function aboutSubject(self: string, other: string): SubjectText {
  return { [SUBJECT_TEXT]: true, self, other };
}

export function isSubjectText(value: unknown): value is SubjectText {
  return typeof value === "object" && value !== null && SUBJECT_TEXT in value;
}

/** Whom a request's words are about: the person themself (null), or a relative, by their masked name. */
export type WordsSubject = { name: string } | null;

/** A namespace tree as components read it: every subject-dependent message already one string. */
export type Resolved<T> = T extends SubjectText ? string : T extends string ? string : { [K in keyof T]: Resolved<T[K]> };

/** The tree's words for `subject`: `self` forms for the person's own data, `other` forms (with their name) for a relative's. */
export function resolveSubject<T>(tree: T, subject: WordsSubject): Resolved<T> {
  const walk = (node: unknown): unknown => {
    if (isSubjectText(node)) return subject === null ? node.self : node.other.replaceAll("{subject}", subject.name);
    if (typeof node !== "object" || node === null) return node;
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
  };
  return walk(tree) as Resolved<T>;
}

/** A message that reads the same whoever's data it is, where the other language needs two forms. */
export function forAnyone(text: string): SubjectText {
  return aboutSubject(text, text);
}
