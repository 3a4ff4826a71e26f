import Link from "next/link";
import { notFound } from "next/navigation";
import { EntitlementSettlementDetail } from "@/components/entitlement-settlement-detail";
import { SubjectRefused } from "@/components/subject-refused";
import { page, pageMetadata } from "@/lib/context";
import { getSettlement } from "@/lib/ledger";

export const generateMetadata = pageMetadata((m) => ({ title: m.entitlements.detail.title }));

/** One settlement of the person acted for; any other id is "not found", never someone else's bill. */
export default page(
  {
    who: "person",
    scope: "view_coverage",
    log: "entitlements.settlement",
    path: (params) => `/entitlements/settlements/${encodeURIComponent(params.id ?? "")}`,
    refused: ({ m }, why) => <SubjectRefused title={m.entitlements.detail.title} message={why === "no_person" ? m.entitlements.noEnrolment : m.family.person.notAllowed} alert={why === "forbidden"} />,
  },
  async ({ db, locale, m, subject, params }) => {
    const detail = await getSettlement(db, subject.personId, params.id ?? "");
    if (!detail) notFound();
    return (
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
        <Link href="/entitlements" className="inline-flex min-h-11 items-center text-brand-700 underline">← {m.entitlements.detail.back}</Link>
        <h1 className="text-2xl font-bold">{m.entitlements.detail.title}</h1>
        <EntitlementSettlementDetail detail={detail} locale={locale} m={m.entitlements} family={m.family} />
      </main>
    );
  },
);
