"use client";
import { ScreenLoadError } from "@/components/screen-load-error";
import { getMessages } from "@/lib/i18n";

const zh = getMessages("zh-CN").clinic;
const en = getMessages("en").clinic;

export default function ClinicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const title = { zh: zh.title, en: en.title };
  const message = { zh: zh.loadError, en: en.loadError };
  return <ScreenLoadError title={title} message={message} digest={error.digest} reset={reset} />;
}
