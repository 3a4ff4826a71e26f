import type { Metadata } from "next";
import { PersonCard } from "@/components/person-card";
import { requireSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { getPersonSummary } from "@/lib/data/person-summary";
import { chinaDay } from "@/lib/dates";
import { getServerMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.home.title };
}

export default async function HomePage() {
  const user = await requireSessionUser();
  const { locale, m } = await getServerMessages();
  const { db } = await getDb();
  const summary = user.personId ? await getPersonSummary(db, user.personId, chinaDay(new Date())) : null;
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-6">
      <h1 className="sr-only">{m.home.title}</h1>
      {summary ? <PersonCard summary={summary} locale={locale} m={m} /> : <p>{m.home.noEnrolment}</p>}
    </main>
  );
}
