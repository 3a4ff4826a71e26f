import Link from "next/link";
import { LanguageSwitcher } from "@/components/language-switcher";
import { page, pageMetadata } from "@/lib/context";
import { format, pick } from "@/lib/i18n";
import { everyProvenance } from "@/lib/reimbursement";

export const generateMetadata = pageMetadata((m) => ({ title: m.policySources.title }));

/** Every shipped policy, with how many of its figures rest on a published document. Public: no personal data. */
export default page({ who: "anyone" }, ({ locale, m }) => {
  const w = m.policySources;
  const policies = everyProvenance();
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-6">
      <div className="flex items-center justify-between gap-4">
        <Link href="/" className="text-xl font-bold text-brand-700">{m.common.appName}</Link>
        <LanguageSwitcher locale={locale} m={m} />
      </div>
      <h1 className="text-3xl font-bold">{w.title}</h1>
      <p className="text-lg">{w.intro}</p>
      <section aria-labelledby="regions-title" className="space-y-3">
        <h2 id="regions-title" className="text-2xl font-bold">{w.listTitle}</h2>
        <ul className="space-y-3">
          {policies.map((policy) => (
            <li key={policy.id}>
              <Link
                href={`/policies/${policy.id}`}
                aria-label={format(w.openRegion, { name: pick(policy.name, locale) })}
                className="block min-h-14 rounded-2xl border border-slate-300 bg-white p-4 hover:bg-slate-50 focus-visible:outline-4"
              >
                <span className="block text-xl font-semibold">{pick(policy.name, locale)}</span>
                <span className="mt-1 block text-muted">{format(w.regionCounts, { verified: policy.verifiedCount, unverified: policy.unverifiedCount })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
});
