import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getServerMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.kiosk.title, robots: { index: false } };
}

/** The kiosk shell: no site navigation, large text for reading at arm's length. */
export default function KioskLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-dvh bg-white text-xl">{children}</div>;
}
