import { redirect } from "next/navigation";
import { EstimateForm } from "@/components/estimate-form";
import { KioskShell } from "@/components/kiosk-shell";
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
  return (
    <KioskShell current="estimate" timings={kioskIdleTimings({ idle: search.idle, countdown: search.countdown }, env.demoMode)} signOut={kioskSignOutAction} locale={locale} m={m}>
      <h1 className="text-3xl font-bold">{m.kiosk.sections.estimate}</h1>
      <p className="text-muted">{m.estimate.intro}</p>
      <EstimateForm action={estimateAction} options={options} m={m.estimate} locale={locale} />
    </KioskShell>
  );
});
