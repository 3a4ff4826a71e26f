import Link from "next/link";
import { FamilyGrantForm } from "@/components/family-grant-form";
import { FamilyGrantList } from "@/components/family-grant-list";
import { page, pageMetadata } from "@/lib/context";
import { chinaDay } from "@/lib/dates";
import { listActingFor, listGrants } from "@/lib/family";
import { format } from "@/lib/i18n";
import { acceptGrantAction, createGrantAction, endGrantAction } from "./actions";

export const generateMetadata = pageMetadata((m) => ({ title: m.family.title }));

/** Grants given and received, dependants, a new grant, and the way to the access log. Only the account's own. */
export default page({ who: "account" }, async ({ db, now, locale, m, actor }) => {
  const [overview, actingFor] = await Promise.all([listGrants(db, actor, now), listActingFor(db, actor, now)]);
  const dependants = actingFor.filter((o) => o.via === "guardian");
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{m.family.title}</h1>
        <p className="text-muted">{m.family.intro}</p>
        {actor.personId ? (
          <Link href="/family/log" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{m.family.log.link}</Link>
        ) : null}
      </div>
      {actor.personId ? (
        <section aria-labelledby="dependants-title" className="space-y-2">
          <h2 id="dependants-title" className="text-xl font-semibold">{m.family.dependants.heading}</h2>
          <p className="text-muted">{m.family.dependants.intro}</p>
          {dependants.length === 0 ? <p>{m.family.dependants.empty}</p> : (
            <ul className="space-y-2">
              {dependants.map((d) => (
                <li key={d.personId}>
                  {/* A plain link: following it makes the app act for the child (see /act-for). */}
                  <a href={`/?for=${d.personId}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                    {format(m.family.dependants.open, { name: d.maskedName })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <FamilyGrantList grants={overview.received} direction="received" acceptAction={acceptGrantAction} endAction={endGrantAction} locale={locale} m={m.family} />
      {actor.personId ? (
        <>
          <FamilyGrantList grants={overview.given} direction="given" acceptAction={acceptGrantAction} endAction={endGrantAction} locale={locale} m={m.family} />
          <FamilyGrantForm action={createGrantAction} today={chinaDay(now)} m={m.family} />
        </>
      ) : null}
    </main>
  );
});
