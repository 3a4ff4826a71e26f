import Link from "next/link";
import { redirect } from "next/navigation";
import { estimateAction } from "@/app/(patient)/estimate/actions";
import { EstimateForm } from "@/components/estimate-form";
import { KioskIdleGuard } from "@/components/kiosk-idle-guard";
import { KioskSignOutButton } from "@/components/kiosk-sign-out-button";
import { authorisePersonAccess } from "@/lib/family/access";
import { getSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { chinaDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { getEstimateFormOptions } from "@/lib/estimate/form-options";
import { initialEstimateState } from "@/lib/estimate/state";
import { getServerMessages } from "@/lib/i18n/server";
import { kioskIdleTimings } from "@/lib/kiosk/idle";
import { kioskSignOutAction } from "../actions";

type SearchParams = Record<string, string | string[] | undefined>;

/** The estimate at the kiosk: the same form and action, under the idle guard; printed, never saved. */
export default async function KioskEstimatePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const user = await getSessionUser();
  if (!user?.personId) redirect("/kiosk");
  const { locale, m } = await getServerMessages();
  const { db } = await getDb();
  await authorisePersonAccess(db, user, user.personId, "estimate");
  const options = await getEstimateFormOptions(db, user.personId, chinaDay(new Date()));
  const timings = kioskIdleTimings({ idle: params.idle, countdown: params.countdown }, env.demoMode);
  return (
    <KioskIdleGuard idleMs={timings.idleMs} countdownMs={timings.countdownMs} signOut={kioskSignOutAction} m={m.kiosk}>
      <main id="main" className="mx-auto max-w-4xl space-y-6 px-6 py-8 text-lg">
        <div className="no-print flex flex-wrap items-center justify-between gap-4">
          <Link href="/kiosk" className="inline-flex min-h-16 items-center rounded-2xl border-4 border-brand-700 px-6 text-2xl font-bold text-brand-700">
            {m.kiosk.sections.backToCoverage}
          </Link>
          <KioskSignOutButton signOut={kioskSignOutAction} label={m.kiosk.signOut} />
        </div>
        <h1 className="text-4xl font-bold">{m.kiosk.sections.estimate}</h1>
        <EstimateForm action={estimateAction} initialState={initialEstimateState} options={options} m={m.estimate} locale={locale} />
      </main>
    </KioskIdleGuard>
  );
}
