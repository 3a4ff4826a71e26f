"use client";
import { ScreenLoadError } from "@/components/screen-load-error";
import { useBoundaryWords } from "@/components/boundary-words";

/** Any patient screen that fails to render: under the header, with a retry and the way home. */
export default function PatientScreenError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { zh: { screenError: zh }, en: { screenError: en } } = useBoundaryWords();
  return <ScreenLoadError title={{ zh: zh.title, en: en.title }} message={{ zh: zh.message, en: en.message }} digest={error.digest} reset={reset} />;
}
