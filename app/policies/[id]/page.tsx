import Link from "next/link";
import { LanguageSwitcher } from "@/components/language-switcher";
import { PolicyValueHistory, groupByPath } from "@/components/policy-sources";
import { formatRich } from "@/components/rich-text";
import { page, pageMetadata } from "@/lib/context";
import { format, pick, sourceDocumentTitle } from "@/lib/i18n";
import { provenanceById } from "@/lib/reimbursement";

export const generateMetadata = pageMetadata((m) => ({ title: m.policySources.title }));

/**
 * What an estimate rests on, for one region: each value of its policy, by period, in plain
 * words, with its document or a demo badge. Public: no personal data.
 */
export default page({ who: "anyone" }, ({ locale, m, params }) => {
  const w = m.policySources;
  const policy = typeof params.id === "string" ? provenanceById(params.id) : undefined;
  const header = (
    <div className="flex items-center justify-between gap-4">
      <Link href="/policies" className="inline-flex min-h-12 items-center text-lg font-semibold text-brand-700 underline">{w.back}</Link>
      <LanguageSwitcher locale={locale} m={m} />
    </div>
  );
  if (!policy) {
    return (
      <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-6">
        {header}
        <h1 className="text-3xl font-bold">{w.title}</h1>
        <p role="alert" className="text-lg">{w.notFound}</p>
      </main>
    );
  }
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-5 px-4 py-6">
      {header}
      <div>
        <p className="text-lg text-muted">{w.title}</p>
        <h1 className="text-3xl font-bold">{pick(policy.name, locale)}</h1>
      </div>
      <p className="text-lg">{format(w.regionCounts, { verified: policy.verifiedCount, unverified: policy.unverifiedCount })}</p>
      <p className="break-words text-muted">
        {formatRich(w.regionSource, { source: <cite lang="zh-CN" className="not-italic">{sourceDocumentTitle(policy.source) ?? policy.source}</cite> })}
      </p>
      <p className="text-muted">{w.intro}</p>
      <div className="space-y-4">
        {groupByPath(policy.entries).map((entries) => (
          <PolicyValueHistory key={entries[0]!.path} entries={entries} w={w} family={m.family} locale={locale} />
        ))}
      </div>
    </main>
  );
});
