import { EstimatePrintButton } from "@/components/estimate-print-button";
import { EstimateResult } from "@/components/estimate-result";
import { LanguageSwitcher } from "@/components/language-switcher";
import { formatRich, Zh } from "@/components/rich-text";
import { page, pageMetadata } from "@/lib/context";
import { openSharedEstimate } from "@/lib/estimate";
import { format, formatInstant } from "@/lib/i18n";

export const generateMetadata = pageMetadata((m) => ({ title: m.estimate.result.shared.title, robots: { index: false, follow: false } }));

/**
 * A saved estimate opened by its share link, by anyone who holds the link (a relative without
 * an account): read-only, until the link expires or is withdrawn. It shows the person only by
 * the masked name, and no account balance. Unknown, expired and withdrawn links read the same.
 */
export default page({ who: "anyone" }, async ({ db, now, locale, m, params }) => {
  const shared = await openSharedEstimate(db, params.token ?? "", now);
  const words = m.estimate.result;
  return (
    <>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="text-xl font-bold text-brand-700">{m.common.appName}</p>
          <LanguageSwitcher locale={locale} m={m} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-6">
        <h1 className="text-2xl font-bold">{words.shared.title}</h1>
        {shared ? (
          <>
            <div className="space-y-1">
              <p>{formatRich(words.shared.from, { name: <Zh>{shared.maskedName}</Zh>, time: formatInstant(shared.createdAt, locale) })}</p>
              <p className="text-muted" data-testid="shared-until">{format(words.shared.until, { time: formatInstant(shared.expiresAt, locale) })}</p>
            </div>
            <EstimateResult
              figures={shared.figures}
              context={shared.context}
              lines={shared.lines}
              name={shared.maskedName}
              m={words}
              formM={m.estimate.form}
             
              locale={locale}
            />
            <div className="print:hidden">
              <EstimatePrintButton label={words.print} />
            </div>
          </>
        ) : (
          <p role="alert" className="rounded-lg bg-amber-50 p-4 text-amber-950" data-testid="shared-expired">{words.shared.expired}</p>
        )}
      </main>
    </>
  );
});
