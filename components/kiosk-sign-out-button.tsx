"use client";
import { useState, type ReactNode } from "react";
import { forgetEverythingOnThisDevice } from "@/lib/kiosk/client";

/** Signs out now and clears the browser's storage, like the idle timer does. */
export function KioskSignOutButton({ signOut, label }: { signOut: () => Promise<unknown>; label: ReactNode }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      data-kiosk-sign-out
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await signOut();
        } finally {
          await forgetEverythingOnThisDevice();
          window.location.replace("/kiosk?signedOut=1");
        }
      }}
      className="no-print min-h-12 rounded-xl border-2 border-slate-700 bg-white px-5 font-bold"
    >
      {label}
    </button>
  );
}
