import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { BoundaryWordsProvider } from "@/components/boundary-words";
import { ServiceWorkerProvider } from "@/components/service-worker-provider";
import { pageMetadata, shellContext } from "@/lib/context";
import { env } from "@/lib/env";
import { BOUNDARY_WORDS } from "@/lib/i18n";
import "./globals.css";

export const generateMetadata = pageMetadata((m): Metadata => ({
    title: { default: m.common.appNameFull, template: `%s · ${m.common.appName}` },
    description: m.common.tagline,
    applicationName: m.common.appName,
    manifest: "/manifest.webmanifest",
    icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: m.common.appName, statusBarStyle: "default" },
    formatDetection: { telephone: false },
}));

export const viewport: Viewport = {
  themeColor: "#065f46",
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Easy mode scales every rem-based size up from the root, rendered on the server: no flash.
  const { locale, easyMode: easy } = await shellContext();
  return (
    <html lang={locale} className={easy ? "easy-mode" : undefined}>
      <body className="min-h-dvh font-sans">
        <ServiceWorkerProvider enabled={env.NODE_ENV === "production"}>
          <BoundaryWordsProvider words={BOUNDARY_WORDS}>{children}</BoundaryWordsProvider>
        </ServiceWorkerProvider>
      </body>
    </html>
  );
}
