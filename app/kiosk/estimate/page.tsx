import Link from "next/link";
import { redirect } from "next/navigation";
import { EstimateForm } from "@/components/estimate-form";
import { KioskIdleGuard } from "@/components/kiosk-idle-guard";
import { KioskSignOutButton } from "@/components/kiosk-sign-out-button";
import { page } from "@/lib/context";
import { chinaDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { getEstimateFormOptions } from "@/lib/estimate";
import { kioskIdleTimings } from "@/lib/kiosk";
import { estimateAction } from "../../(patient)/estimate/actions";
import { kioskSignOutAction } from "../actions";

/** The estimate at the kiosk: the same form and action, under the idle guard; printed, never saved. */
export default page({ who: "kiosk", scope: "estimate" }, async ({ db, now, locale, m, subject, search }) => {
  if (!subject) redirect("/kiosk");
  const options = await getEstimateFormOptions(db, subject.personId, chinaDay(now));
  const timings = kioskIdleTimings({ idle: search.idle, countdown: search.countdown }, env.demoMode);
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
        <EstimateForm action={estimateAction} options={options} m={m.estimate} locale={locale} />
      </main>
    </KioskIdleGuard>
  );
});
