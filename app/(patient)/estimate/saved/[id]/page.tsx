import type { Metadata } from "next";
import Link from "next/link";
import { EstimateResult } from "@/components/estimate-result";
import { EstimatePrintButton } from "@/components/estimate-print-button";
import { requireSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { isDomainError } from "@/lib/errors/domain-error";
import { openSavedEstimate } from "@/lib/estimate/saved";
import { getServerMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.estimate.result.savedHeading };
}

export default async function SavedEstimatePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireSessionUser();
  const { locale, m } = await getServerMessages();
  const { id } = await params;
  const { db } = await getDb();
  const saved = await openSavedEstimate(db, user, id).catch((error: unknown) => {
    if (isDomainError(error) && error.status === 404) return null;
    throw error;
  });
  const time = saved ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(new Date(saved.createdAt)) : "";
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-6">
      <div>
        <h1 className="text-2xl font-bold">{m.estimate.result.savedHeading}</h1>
        {saved ? <p className="text-muted">{format(m.estimate.result.savedAt, { time })}</p> : null}
      </div>
      {saved ? (
        <EstimateResult response={saved.response} context={saved.context} m={m.estimate.result} formM={m.estimate.form} locale={locale} />
      ) : (
        <p role="alert">{m.estimate.result.savedNotFound}</p>
      )}
      <div className="flex flex-wrap gap-3 print:hidden">
        <Link href="/estimate" className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 font-medium text-brand-700">{m.estimate.result.newEstimate}</Link>
        {saved ? <EstimatePrintButton label={m.estimate.result.print} /> : null}
      </div>
    </main>
  );
}
