import type { ReactNode } from "react";
import { EntitlementsView } from "@/components/entitlements-view";
import { SubjectRefused } from "@/components/subject-refused";
import { page, pageMetadata } from "@/lib/context";
import { chinaDay } from "@/lib/dates";
import { getEntitlements, listSettlements } from "@/lib/ledger";

export const generateMetadata = pageMetadata((m) => ({ title: m.entitlements.title }));

/** What is used and left this year, the rules, the account and the settlements — of the person acted for. */
export default page(
  {
    who: "person",
    scope: "view_coverage",
    log: "entitlements",
    path: "/entitlements",
    refused: ({ m }, why) => <SubjectRefused title={m.entitlements.title} message={why === "no_person" ? m.entitlements.noEnrolment : m.family.person.notAllowed} alert={why === "forbidden"} />,
  },
  async ({ db, now, locale, m, subject }) => {
    const shell = (children: ReactNode) => (
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-6">
        <h1 className="text-2xl font-bold">{m.entitlements.title}</h1>
        {children}
      </main>
    );
    const day = chinaDay(now);
    const [data, settlements] = await Promise.all([
      getEntitlements(db, subject.personId, Number(day.slice(0, 4)), day, now),
      listSettlements(db, subject.personId),
    ]);
    if (!data?.policy) return shell(<p>{m.entitlements.noEnrolment}</p>);
    return shell(<EntitlementsView initial={{ ...data, policy: data.policy }} initialSettlements={settlements} personId={subject.personId} locale={locale} m={m.entitlements} family={m.family} />);
  },
);
