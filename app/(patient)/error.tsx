"use client";
import { ScreenLoadError } from "@/components/screen-load-error";
import { getMessages } from "@/lib/i18n";

const zh = getMessages("zh-CN").common.screenError;
const en = getMessages("en").common.screenError;

/** Any patient screen that fails to render: under the header, with a retry and the way home. */
export default function PatientScreenError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ScreenLoadError title={{ zh: zh.title, en: en.title }} message={{ zh: zh.message, en: en.message }} digest={error.digest} reset={reset} />;
}
