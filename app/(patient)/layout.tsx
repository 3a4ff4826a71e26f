import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { requireSessionUser } from "@/lib/auth/current-user";
import { getServerMessages } from "@/lib/i18n/server";

/** Every patient screen requires a signed-in account; signed-out visitors go to sign-in. */
export default async function PatientLayout({ children }: { children: ReactNode }) {
  await requireSessionUser();
  const { locale, m } = await getServerMessages();
  return (
    <>
      <SiteHeader locale={locale} m={m} />
      {children}
    </>
  );
}
