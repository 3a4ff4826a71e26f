import type { ReactNode } from "react";
import { pageMetadata } from "@/lib/context";

export const generateMetadata = pageMetadata((m) => ({ title: m.kiosk.title, robots: { index: false } }));

/** The kiosk shell: no site navigation; every size grows from the root for reading at arm's length (globals.css). */
export default function KioskLayout({ children }: { children: ReactNode }) {
  return <div className="kiosk-shell min-h-dvh bg-white">{children}</div>;
}
