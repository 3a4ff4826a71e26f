import type { Metadata } from "next";
import Link from "next/link";
import { FamilyGrantForm } from "@/components/family-grant-form";
import { FamilyGrantList } from "@/components/family-grant-list";
import { requireSessionUser } from "@/lib/auth/current-user";
import { listGrants } from "@/lib/family/grants";
import { getDb } from "@/lib/db/client";
import { chinaDay } from "@/lib/dates";
import { listActingFor } from "@/lib/family/acting-for";
import { getServerMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/locales";
import { acceptGrantAction, createGrantAction, endGrantAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.family.title };
}

/** Grants given and received, dependants, a new grant, and the way to the access log. Only the caller's own. */
export default async function FamilyPage() {
  const user = await requireSessionUser();
  const { locale, m } = await getServerMessages();
  const { db } = await getDb();
  const now = new Date();
  const [overview, actingFor] = await Promise.all([listGrants(db, user, now), listActingFor(db, user, now)]);
  const dependants = actingFor.filter((o) => o.via === "guardian");
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{m.family.title}</h1>
        <p className="text-muted">{m.family.intro}</p>
        {user.personId ? (
          <Link href="/family/log" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{m.family.log.link}</Link>
        ) : null}
      </div>
      {user.personId ? (
        <section aria-labelledby="dependants-title" className="space-y-2">
          <h2 id="dependants-title" className="text-xl font-semibold">{m.family.dependants.heading}</h2>
          <p className="text-muted">{m.family.dependants.intro}</p>
          {dependants.length === 0 ? <p>{m.family.dependants.empty}</p> : (
            <ul className="space-y-2">
              {dependants.map((d) => (
                <li key={d.personId}>
                  <Link href={`/?for=${d.personId}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                    {format(m.family.dependants.open, { name: d.maskedName })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <FamilyGrantList grants={overview.received} direction="received" acceptAction={acceptGrantAction} endAction={endGrantAction} locale={locale} m={m.family} />
      {user.personId ? (
        <>
          <FamilyGrantList grants={overview.given} direction="given" acceptAction={acceptGrantAction} endAction={endGrantAction} locale={locale} m={m.family} />
          <FamilyGrantForm action={createGrantAction} today={chinaDay(now)} locale={locale} m={m.family} />
        </>
      ) : null}
    </main>
  );
}
