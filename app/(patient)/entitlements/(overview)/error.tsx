"use client";
import { ScreenLoadError } from "@/components/screen-load-error";
import { useBoundaryWords } from "@/components/boundary-words";

export default function EntitlementsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { zh: { entitlements: zh }, en: { entitlements: en } } = useBoundaryWords();
  const title = { zh: zh.title, en: en.title };
  const message = { zh: zh.loadError, en: en.loadError };
  return <ScreenLoadError title={title} message={message} digest={error.digest} reset={reset} />;
}
