import type { Metadata, Viewport } from "next";
import { CodeBootSlot } from "@/components/voucher/code-boot-slot";
import { VoucherScreen } from "@/components/voucher/voucher-screen";
import { getMessages } from "@/lib/i18n";
import { registerDeviceAction } from "./actions";

export const metadata: Metadata = { title: "医保码 My insurance code" };
export const viewport: Viewport = { themeColor: "#022c22" };

/**
 * The code screen's shell. It carries no personal data and reads nothing per person, so the
 * service worker precaches it (app/serwist/[path]/route.ts) and it opens offline; the code
 * itself is made on the phone from IndexedDB, first by the boot script in the shell, then by
 * the React screen. Both languages are shipped, because the cached shell is served whatever
 * language the person picks later. Acting for a relative, home opens it as /voucher?for=<person
 * id>, which the screen reads on the phone (it is the one screen the server does not render per
 * request, so the link carries the choice).
 */
export default function VoucherPage() {
  const messages = { "zh-CN": getMessages("zh-CN").voucher, en: getMessages("en").voucher };
  return <VoucherScreen messages={messages} register={registerDeviceAction} boot={<CodeBootSlot messages={messages} />} />;
}
