"use client";
import { useActionState, useEffect, useState } from "react";
import type { ActionResult, ActionState } from "@/lib/context/client";
import { format, type Messages } from "@/lib/i18n/client";
import { loadDevice } from "@/lib/voucher";
import { formatRich } from "../rich-text";
import { forgetIfLocal, type RegisterDevice } from "./device-setup";
import { DeviceSetupStatus } from "./device-setup-status";

export interface DeviceRow {
  id: string;
  label: string;
  /** Already formatted for the page's language, in China time. */
  setUpAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  thisSession: boolean;
}

type Revoked = { deviceId: string };
type RevokeAction = (state: ActionState<Revoked>, formData: FormData) => Promise<ActionResult<Revoked>>;

/** This browser's set-up state and the account's devices, each active one with a remove button. */
export function DevicesPanel({
  userId,
  devices,
  revokeAction,
  register,
  m,
}: {
  userId: string;
  devices: DeviceRow[];
  revokeAction: RevokeAction;
  register: RegisterDevice;
  m: Messages["devices"];
}) {
  const [state, formAction, pending] = useActionState<ActionState<Revoked>, FormData>(revokeAction, null);
  // Re-check this browser's state after one of its own keys may have been revoked.
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    if (!state?.ok) return;
    void forgetIfLocal(state.data.deviceId, loadDevice).then(() => setChecks((n) => n + 1));
  }, [state]);

  return (
    <div className="space-y-5">
      <DeviceSetupStatus key={checks} userId={userId} auto={false} register={register} m={m.setup} />
      <div role="status" aria-live="polite" className="min-h-6">
        {state?.ok ? <p className="rounded-lg bg-brand-50 p-3 text-brand-800">{m.revokedNotice}</p> : null}
        {state && !state.ok ? <p className="rounded-lg bg-red-50 p-3 text-red-800">{state.formError}</p> : null}
      </div>
      {devices.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {devices.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 p-4" data-testid="device-row">
              <div>
                <p className="font-semibold">
                  <span translate="no">{d.label}</span>
                  {d.thisSession ? <span className="ml-2 rounded bg-brand-100 px-2 py-0.5 text-sm text-brand-800">{m.thisDevice}</span> : null}
                </p>
                <p className="text-sm text-muted">{format(m.setUpAt, { date: d.setUpAt })}</p>
                <p className="text-sm text-muted">{d.lastUsedAt ? format(m.lastUsed, { date: d.lastUsedAt }) : m.neverUsed}</p>
                <p className={d.revokedAt ? "text-sm font-medium text-red-800" : "text-sm font-medium text-brand-700"}>
                  {d.revokedAt ? format(m.revokedAt, { date: d.revokedAt }) : m.active}
                </p>
              </div>
              {d.revokedAt ? null : (
                <form action={formAction}>
                  <input type="hidden" name="deviceId" value={d.id} />
                  <button
                    type="submit"
                    disabled={pending}
                    className="min-h-11 rounded-lg border border-red-700 px-4 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
                  >
                    {/* The name says which device, its browser's name marked as a name (not words). */}
                    <span aria-hidden="true">{pending ? m.revoking : m.revoke}</span>
                    <span className="sr-only">{formatRich(m.revokeLabel, { label: <span translate="no">{d.label}</span>, date: d.setUpAt })}</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
