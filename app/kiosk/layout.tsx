import type { ReactNode } from "react";
import { pageMetadata } from "@/lib/context";

export const generateMetadata = pageMetadata((m) => ({ title: m.kiosk.title, robots: { index: false } }));

/** The kiosk shell: no site navigation, large text for reading at arm's length. */
export default function KioskLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-dvh bg-white text-xl">{children}</div>;
}
