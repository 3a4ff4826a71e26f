import type { Metadata } from "next";
import { EstimateForm } from "@/components/estimate-form";
import { authorisePersonAccess } from "@/lib/family/access";
import { requireSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { chinaDay } from "@/lib/dates";
import { isDomainError } from "@/lib/errors/domain-error";
import { getEstimateFormOptions } from "@/lib/estimate/form-options";
import { initialEstimateState } from "@/lib/estimate/state";
import { getServerMessages } from "@/lib/i18n/server";
import { estimateAction, saveEstimateAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.estimate.title };
}

/** `?for=<personId>` estimates for a dependant or a relative who granted "estimate" (checked and logged). */
export default async function EstimatePage({ searchParams }: { searchParams: Promise<{ for?: string | string[] }> }) {
  const user = await requireSessionUser();
  const { locale, m } = await getServerMessages();
  const requested = (await searchParams).for;
  const forPerson = typeof requested === "string" && requested !== "" ? requested : null;
  if (!user.personId && !forPerson) {
    return (
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
        <h1 className="text-2xl font-bold">{m.estimate.title}</h1>
        <p>{m.estimate.noPerson}</p>
      </main>
    );
  }
  const { db } = await getDb();
  const personId = forPerson ?? user.personId!;
  try {
    await authorisePersonAccess(db, user, personId, "estimate", { action: "estimate.form" });
  } catch (error) {
    if (!isDomainError(error) || error.status !== 403) throw error;
    return (
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
        <h1 className="text-2xl font-bold">{m.estimate.title}</h1>
        <p role="alert" className="rounded-lg bg-red-50 p-4 text-red-800">{m.family.person.notAllowed}</p>
      </main>
    );
  }
  const options = await getEstimateFormOptions(db, personId, chinaDay(new Date()));
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-6">
      <div>
        <h1 className="text-2xl font-bold">{m.estimate.title}</h1>
        <p className="text-muted">{m.estimate.intro}</p>
      </div>
      {options.insurance === null ? <p role="alert">{m.estimate.notEnrolled}</p> : null}
      <EstimateForm action={estimateAction} shareAction={saveEstimateAction} initialState={initialEstimateState} options={options} m={m.estimate} locale={locale} />
    </main>
  );
}
