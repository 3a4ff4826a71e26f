"use client";
import { useState } from "react";
import { forgetEverythingOnThisDevice } from "@/lib/kiosk/client";

/** Signs out now and clears the browser's storage, like the idle timer does. */
export function KioskSignOutButton({ signOut, label }: { signOut: () => Promise<unknown>; label: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
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
      className="no-print min-h-16 rounded-2xl border-4 border-slate-700 bg-white px-6 text-2xl font-bold"
    >
      {label}
    </button>
  );
}
