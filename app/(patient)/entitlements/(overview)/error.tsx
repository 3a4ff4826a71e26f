"use client";
import { ScreenLoadError } from "@/components/screen-load-error";
import { entitlements } from "@/lib/i18n/messages/entitlements";

export default function EntitlementsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const title = { zh: entitlements.zh.title, en: entitlements.en.title };
  const message = { zh: entitlements.zh.loadError, en: entitlements.en.loadError };
  return <ScreenLoadError title={title} message={message} digest={error.digest} reset={reset} />;
}
