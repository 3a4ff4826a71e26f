import { redirect } from "next/navigation";
import { EntitlementsView } from "@/components/entitlements-view";
import { KioskPrintButton } from "@/components/kiosk-print-button";
import { KioskShell } from "@/components/kiosk-shell";
import { page } from "@/lib/context";
import { chinaDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { kioskIdleTimings } from "@/lib/kiosk";
import { getEntitlements, listSettlements } from "@/lib/ledger";
import { kioskSignOutAction } from "../actions";

/** This year's entitlements at the kiosk: the phone screen's figures, large, printed, under the idle guard. */
export default page({ who: "kiosk", scope: "view_coverage" }, async ({ db, now, locale, m, subject, search }) => {
  if (!subject) redirect("/kiosk");
  const day = chinaDay(now);
  const [data, settlements] = await Promise.all([
    getEntitlements(db, subject.personId, Number(day.slice(0, 4)), day, now),
    listSettlements(db, subject.personId),
  ]);
  return (
    <KioskShell current="entitlements" timings={kioskIdleTimings({ idle: search.idle, countdown: search.countdown }, env.demoMode)} signOut={kioskSignOutAction} locale={locale} m={m}>
      <h1 className="text-3xl font-bold">{m.kiosk.sections.entitlements}</h1>
      <KioskPrintButton label={m.kiosk.print} hint={m.kiosk.printHint} />
      {data?.policy ? (
        <EntitlementsView initial={{ ...data, policy: data.policy }} initialSettlements={settlements} personId={subject.personId} settlementsPath="/kiosk/entitlements/settlements" locale={locale} m={m.entitlements} family={m.family} sourcesLink={false} />
      ) : (
        <p>{m.entitlements.noEnrolment}</p>
      )}
    </KioskShell>
  );
});
