import type { Metadata } from "next";
import Link from "next/link";
import { FamilyAccessLog } from "@/components/family-access-log";
import { requireSessionUser } from "@/lib/auth/current-user";
import { listAccessLog } from "@/lib/family/access-log";
import { getDb } from "@/lib/db/client";
import { getServerMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.family.log.heading };
}

/** Who used a grant (or guardianship) on the signed-in person's or their child's data. */
export default async function AccessLogPage() {
  const user = await requireSessionUser();
  const { locale, m } = await getServerMessages();
  const { db } = await getDb();
  const entries = await listAccessLog(db, user, new Date());
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <Link href="/family" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{m.family.title}</Link>
      <h1 className="text-2xl font-bold">{m.family.log.heading}</h1>
      <p className="text-muted">{m.family.log.intro}</p>
      <FamilyAccessLog entries={entries} locale={locale} m={m.family} />
    </main>
  );
}
