import Link from "next/link";
import { redirect } from "next/navigation";
import { EntitlementSettlementDetail } from "@/components/entitlement-settlement-detail";
import { KioskPrintButton } from "@/components/kiosk-print-button";
import { KioskShell } from "@/components/kiosk-shell";
import { page } from "@/lib/context";
import { env } from "@/lib/env";
import { kioskIdleTimings } from "@/lib/kiosk";
import { getSettlement } from "@/lib/ledger";
import { kioskSignOutAction } from "../../../actions";

/** One settlement's details at the kiosk, under the idle guard; another person's id reads "not found". */
export default page({ who: "kiosk", scope: "view_coverage" }, async ({ db, locale, m, subject, search, params }) => {
  if (!subject) redirect("/kiosk");
  const detail = await getSettlement(db, subject.personId, params.id ?? "");
  return (
    <KioskShell current="entitlements" timings={kioskIdleTimings({ idle: search.idle, countdown: search.countdown }, env.demoMode)} signOut={kioskSignOutAction} locale={locale} m={m}>
      <Link href="/kiosk/entitlements" className="no-print inline-flex min-h-12 items-center font-medium text-brand-700 underline">← {m.entitlements.detail.back}</Link>
      <h1 className="text-3xl font-bold">{m.entitlements.detail.title}</h1>
      {detail ? (
        <>
          <KioskPrintButton label={m.kiosk.print} hint={m.kiosk.printHint} />
          <EntitlementSettlementDetail detail={detail} locale={locale} m={m.entitlements} family={m.family} />
        </>
      ) : (
        <p role="alert">{m.entitlements.detail.notFound}</p>
      )}
    </KioskShell>
  );
});
