"use client";
import { ScreenLoadError } from "@/components/screen-load-error";
import { clinic } from "@/lib/i18n/messages/clinic";

export default function ClinicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const title = { zh: clinic.zh.title, en: clinic.en.title };
  const message = { zh: clinic.zh.loadError, en: clinic.en.loadError };
  return <ScreenLoadError title={title} message={message} digest={error.digest} reset={reset} />;
}
