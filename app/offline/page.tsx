import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n";

export const metadata: Metadata = { title: "离线 Offline" };

/**
 * Precached by the service worker and shown for any page that cannot load offline.
 * Static, so it carries no personal data; bilingual because the language cookie is not read here.
 */
export default function OfflinePage() {
  const zh = getMessages("zh-CN").offline;
  const en = getMessages("en").offline;
  return (
    <main id="main" className="mx-auto max-w-md space-y-6 px-4 py-10">
      <section lang="zh-CN">
        <h1 className="text-3xl font-bold">{zh.title}</h1>
        <p className="mt-2 text-lg">{zh.body}</p>
      </section>
      <section lang="en">
        <h2 className="text-2xl font-bold">{en.title}</h2>
        <p className="mt-2 text-lg">{en.body}</p>
      </section>
      {/* The code screen is precached and works offline once the device was set up. */}
      <a href="/voucher" className="flex min-h-14 items-center justify-center rounded-lg bg-emerald-950 px-5 text-xl font-bold text-white">
        <span lang="zh-CN">{zh.showCode}</span> · <span lang="en">{en.showCode}</span>
      </a>
      <a href="/" className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 text-lg font-semibold text-white">
        <span lang="zh-CN">{zh.tryAgain}</span> · <span lang="en">{en.tryAgain}</span>
      </a>
    </main>
  );
}
