type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** A namespace of messages: English must have exactly the keys of Chinese (the source language). */
export function defineMessages<T extends object>(messages: { zh: T; en: Widen<T> }) {
  return messages;
}
