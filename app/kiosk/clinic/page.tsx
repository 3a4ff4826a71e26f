import { redirect } from "next/navigation";
import { KioskShell } from "@/components/kiosk-shell";
import { page } from "@/lib/context";
import { env } from "@/lib/env";
import { kioskIdleTimings } from "@/lib/kiosk";
import { ClinicScreen, loadClinicScreen } from "../../(patient)/clinic/_components/clinic-screen";
import { kioskSignOutAction } from "../actions";

/** The chosen clinic at the kiosk: the phone's clinic screen (view, search, change), under the idle guard. */
export default page({ who: "kiosk", scope: "view_coverage" }, async ({ db, now, locale, m, subject, search }) => {
  if (!subject) redirect("/kiosk");
  return (
    <KioskShell current="clinic" timings={kioskIdleTimings({ idle: search.idle, countdown: search.countdown }, env.demoMode)} signOut={kioskSignOutAction} locale={locale} m={m}>
      <ClinicScreen data={await loadClinicScreen(db, subject, search, now)} locale={locale} m={m} basePath="/kiosk/clinic" headingClass="text-3xl font-bold" />
    </KioskShell>
  );
});
