import type { ReactNode } from "react";
import { ActingForBanner } from "@/components/acting-for-banner";
import { SiteHeader } from "@/components/site-header";
import { patientShellContext } from "@/lib/context";
import { signOutAction } from "../sign-in/actions";

/**
 * Every patient screen: a signed-in account (others go to sign-in), the header, and — while the
 * account acts for someone else — the banner naming them with one tap back, on every screen.
 */
export default async function PatientLayout({ children }: { children: ReactNode }) {
  const { locale, m, easyMode, actingFor } = await patientShellContext();
  return (
    <>
      <SiteHeader locale={locale} m={m} easyMode={easyMode} signOut={signOutAction} actingFor={actingFor}>
        {actingFor ? <ActingForBanner name={"ended" in actingFor ? null : actingFor.maskedName} m={m.family.switcher} /> : null}
      </SiteHeader>
      {children}
    </>
  );
}
