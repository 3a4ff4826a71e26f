"use client";
import { useActionState, useRef } from "react";
import { useCameraScan } from "@/components/scanner/use-camera-scan";
import type { ActionResult, ActionState } from "@/lib/context/client";
import type { Messages } from "@/lib/i18n/client";

type Action = (state: ActionState<never>, formData: FormData) => Promise<ActionResult<never>>;

/**
 * The kiosk's code scanner types the code's text and Enter, like a keyboard, into this field;
 * it can also be pasted, or read by the kiosk's camera, which fills the field and signs in.
 * The code is checked like a counter terminal checks it.
 */
export function KioskScanForm({ action, m }: { action: Action; m: Messages["kiosk"] }) {
  const [state, formAction, pending] = useActionState<ActionState<never>, FormData>(action, null);
  const form = useRef<HTMLFormElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const camera = useCameraScan((code) => {
    if (!field.current || !form.current) return;
    field.current.value = code;
    form.current.requestSubmit();
  });
  const s = m.scan;
  const cameraMessage =
    camera.state === "starting" ? s.cameraStarting
    : camera.state === "scanning" ? (camera.otherCode ? s.cameraOtherCode : s.cameraScanning)
    : camera.state === "denied" ? s.cameraDenied
    : camera.state === "missing" ? s.cameraMissing
    : camera.state === "unavailable" ? s.cameraUnavailable
    : "";
  return (
    <form ref={form} action={formAction} className="space-y-4" aria-labelledby="kiosk-scan-title">
      <h2 id="kiosk-scan-title" className="text-2xl font-bold">{s.heading}</h2>
      <p className="text-xl">{s.intro}</p>
      <label htmlFor="kiosk-scan" className="block text-xl font-medium">{s.label}</label>
      <input ref={field} id="kiosk-scan" name="code" autoComplete="off" className="block min-h-14 w-full rounded-2xl border-2 border-slate-500 px-4 text-xl" />
      <button type="submit" disabled={pending} className="min-h-14 w-full rounded-2xl bg-brand-700 px-5 text-xl font-bold text-white disabled:opacity-60">{s.submit}</button>
      <button
        type="button"
        onClick={camera.active ? camera.stop : () => void camera.start()}
        aria-pressed={camera.active}
        className="min-h-14 w-full rounded-2xl border-2 border-brand-700 bg-white px-5 text-xl font-bold text-brand-700"
      >
        {camera.active ? s.cameraStop : s.camera}
      </button>
      <p role="status" className="min-h-8 text-xl">{cameraMessage}</p>
      <video
        ref={camera.video}
        muted
        playsInline
        aria-label={s.cameraVideoLabel}
        hidden={!camera.active}
        className="aspect-video w-full rounded-2xl bg-black object-cover"
      />
      {state && !state.ok ? <p role="alert" className="text-xl font-medium text-red-700">{state.formError}</p> : null}
    </form>
  );
}
