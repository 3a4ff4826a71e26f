import type { Metadata } from "next";
import { EstimateForm } from "@/components/estimate-form";
import { authorisePersonAccess } from "@/lib/auth/authorise-person-access";
import { requireSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { chinaDay } from "@/lib/dates";
import { getEstimateFormOptions } from "@/lib/estimate/form-options";
import { initialEstimateState } from "@/lib/estimate/state";
import { getServerMessages } from "@/lib/i18n/server";
import { estimateAction, saveEstimateAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.estimate.title };
}

export default async function EstimatePage() {
  const user = await requireSessionUser();
  const { locale, m } = await getServerMessages();
  if (!user.personId) {
    return (
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
        <h1 className="text-2xl font-bold">{m.estimate.title}</h1>
        <p>{m.estimate.noPerson}</p>
      </main>
    );
  }
  const { db } = await getDb();
  await authorisePersonAccess(db, user, user.personId, "estimate");
  const options = await getEstimateFormOptions(db, user.personId, chinaDay(new Date()));
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
