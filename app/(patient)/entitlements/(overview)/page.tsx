import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EntitlementsView } from "@/components/entitlements-view";
import { authorisePersonAccess } from "@/lib/family/access";
import { requireSessionUser } from "@/lib/auth/current-user";
import { getEntitlements } from "@/lib/ledger/entitlements";
import { listSettlements } from "@/lib/ledger/settlements";
import { getDb } from "@/lib/db/client";
import { chinaDay } from "@/lib/dates";
import { getServerMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.entitlements.title };
}

export default async function EntitlementsPage() {
  const user = await requireSessionUser();
  const { locale, m } = await getServerMessages();
  const shell = (children: ReactNode) => (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-6">
      <h1 className="text-2xl font-bold">{m.entitlements.title}</h1>
      {children}
    </main>
  );
  if (!user.personId) return shell(<p>{m.entitlements.noEnrolment}</p>);

  const { db } = await getDb();
  await authorisePersonAccess(db, user, user.personId, "view_coverage");
  const now = new Date();
  const day = chinaDay(now);
  const [data, settlements] = await Promise.all([
    getEntitlements(db, user.personId, Number(day.slice(0, 4)), day, now),
    listSettlements(db, user.personId),
  ]);
  if (!data?.policy) return shell(<p>{m.entitlements.noEnrolment}</p>);
  return shell(<EntitlementsView initial={{ ...data, policy: data.policy }} initialSettlements={settlements} locale={locale} m={m.entitlements} />);
}
