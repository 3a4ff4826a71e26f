import Link from "next/link";
import { FamilyAccessLog } from "@/components/family-access-log";
import { page, pageMetadata } from "@/lib/context";
import { listAccessLog } from "@/lib/family";

export const generateMetadata = pageMetadata((m) => ({ title: m.family.log.heading }));

/** Who used a grant (or guardianship) on the account's own person's or their child's data. */
export default page({ who: "account" }, async ({ db, now, locale, m, actor }) => {
  const entries = await listAccessLog(db, actor, now);
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <Link href="/family" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{m.family.title}</Link>
      <h1 className="text-2xl font-bold">{m.family.log.heading}</h1>
      <p className="text-muted">{m.family.log.intro}</p>
      <FamilyAccessLog entries={entries} locale={locale} m={m.family} />
    </main>
  );
});
