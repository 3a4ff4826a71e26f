"use client";
import { ScreenLoadError } from "@/components/screen-load-error";
import { useBoundaryWords } from "@/components/boundary-words";

/** The counter screen failed to render: a retry and the way back to the terminal's start. */
export default function TerminalScreenError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { zh: { screenError: zh }, en: { screenError: en } } = useBoundaryWords();
  return <ScreenLoadError title={{ zh: zh.title, en: en.title }} message={{ zh: zh.message, en: en.message }} digest={error.digest} reset={reset} home="/terminal" />;
}
