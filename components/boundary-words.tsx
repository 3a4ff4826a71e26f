"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { BoundaryWords } from "@/lib/i18n/client";

type BothLanguages = { zh: BoundaryWords; en: BoundaryWords };

const WordsContext = createContext<BothLanguages | null>(null);

/** The root layout hands the routes' error boundaries their words, so that no page loads the catalogue for them. */
export function BoundaryWordsProvider({ words, children }: { words: BothLanguages; children: ReactNode }) {
  return <WordsContext value={words}>{children}</WordsContext>;
}

/** An error boundary's words in both languages (drawn before the page's language may be known). */
export function useBoundaryWords(): BothLanguages {
  const words = useContext(WordsContext);
  // Outside the root layout there is no boundary of ours; the last-resort one (app/error.tsx) has its own words.
  if (!words) throw new Error("useBoundaryWords outside BoundaryWordsProvider");
  return words;
}
