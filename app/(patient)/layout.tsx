import type { ReactNode } from "react";
import { ActingForBanner } from "@/components/acting-for-banner";
import { SiteHeader } from "@/components/site-header";
import { patientShellContext, type ActingForView } from "@/lib/context";
import { format, formatInstantDay, relativeLabel, type Locale, type Messages } from "@/lib/i18n";
import { signOutAction } from "../sign-in/actions";

/** The banner's words: whom the account acts for and how (guardian, or a grant until a day), or that it ended. */
function bannerText(actingFor: ActingForView, locale: Locale, m: Messages["family"]): { title: string | null; detail: string | null } {
  if ("ended" in actingFor) return { title: null, detail: null };
  const name = relativeLabel(actingFor, m);
  if (actingFor.via === "guardian") return { title: format(m.switcher.actingForGuardian, { name }), detail: null };
  return {
    title: format(m.switcher.actingFor, { name }),
    detail: actingFor.until ? format(m.switcher.until, { date: formatInstantDay(actingFor.until, locale) }) : null,
  };
}

/**
 * Every patient screen: a signed-in account (others go to sign-in), the header, and — while the
 * account acts for someone else — the banner naming them with one tap back, on every screen.
 */
export default async function PatientLayout({ children }: { children: ReactNode }) {
  const { locale, m, easyMode, actingFor } = await patientShellContext();
  return (
    <>
      <SiteHeader locale={locale} m={m} easyMode={easyMode} signOut={signOutAction} actingFor={actingFor}>
        {actingFor ? <ActingForBanner {...bannerText(actingFor, locale, m.family)} m={m.family.switcher} /> : null}
      </SiteHeader>
      {children}
    </>
  );
}
