import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntitlementSettlementDetail } from "@/components/entitlement-settlement-detail";
import { authorisePersonAccess } from "@/lib/family/access";
import { requireSessionUser } from "@/lib/auth/current-user";
import { getSettlement } from "@/lib/ledger/settlements";
import { getDb } from "@/lib/db/client";
import { getServerMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.entitlements.detail.title };
}

/** One settlement of the signed-in person; any other id is "not found", never someone else's bill. */
export default async function SettlementPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireSessionUser();
  const { locale, m } = await getServerMessages();
  const { id } = await params;
  if (!user.personId) notFound();
  const { db } = await getDb();
  await authorisePersonAccess(db, user, user.personId, "view_coverage");
  const detail = await getSettlement(db, user.personId, id);
  if (!detail) notFound();
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <Link href="/entitlements" className="inline-flex min-h-11 items-center text-brand-700 underline">← {m.entitlements.detail.back}</Link>
      <h1 className="text-2xl font-bold">{m.entitlements.detail.title}</h1>
      <EntitlementSettlementDetail detail={detail} locale={locale} m={m.entitlements} />
    </main>
  );
}
