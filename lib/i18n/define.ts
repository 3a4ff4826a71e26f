import type { SubjectText } from "./subject";

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends SubjectText ? SubjectText : Widen<T[K]> };

/**
 * A namespace of messages: English must have exactly the keys of Chinese (the source language),
 * and a message that depends on whose data it is (`aboutSubject`) must do so in both.
 */
// Free of side effects: a bundle leaves out a namespace that nothing in it reads.
/* @__NO_SIDE_EFFECTS__ */
export function defineMessages<T extends object>(messages: { zh: T; en: Widen<T> }) {
  return messages;
}
