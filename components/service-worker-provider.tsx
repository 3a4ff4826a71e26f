"use client";
import { SerwistProvider } from "@serwist/turbopack/react";
import type { ReactNode } from "react";

/** Registers the service worker built by app/serwist/[path]/route.ts (enabled by the server in production). */
export function ServiceWorkerProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  return (
    <SerwistProvider
      swUrl="/serwist/sw.js"
      disable={!enabled}
      // Pages hold personal data: never cache them on navigation.
      cacheOnNavigation={false}
      reloadOnOnline={false}
    >
      {children}
    </SerwistProvider>
  );
}
