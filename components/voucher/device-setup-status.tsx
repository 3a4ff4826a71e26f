"use client";
import { useCallback, useEffect, useState } from "react";
import { format, type Messages } from "@/lib/i18n/client";
import { clearDevice, deviceStoreSupported, loadDevice } from "@/lib/voucher";
import { fetchDeviceStatus, setUpThisDevice, type RegisterDevice } from "./device-setup";

type Status = "checking" | "ready" | "working" | "not_set_up" | "unsupported" | { failed: string };

/**
 * Whether this browser can show the account's code offline. With `auto` (the home page),
 * a browser without a key is set up at once, so the code works offline from then on;
 * elsewhere a button does it. A key left by another account is replaced.
 */
export function DeviceSetupStatus({
  userId,
  auto,
  register,
  m,
}: {
  userId: string;
  auto: boolean;
  register: RegisterDevice;
  m: Messages["devices"]["setup"];
}) {
  const [status, setStatus] = useState<Status>("checking");

  const setUp = useCallback(async () => {
    setStatus("working");
    const result = await setUpThisDevice(register);
    setStatus(result.ok ? "ready" : { failed: result.message ?? m.networkError });
  }, [register, m.networkError]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      if (!deviceStoreSupported()) return setStatus("unsupported");
      const local = await loadDevice().catch(() => null);
      if (local && local.userId === userId) {
        const answer = await fetchDeviceStatus(local.deviceId);
        // Unreachable server: trust the key we have.
        if (answer === null || answer.device === "active") return cancelled ? undefined : setStatus("ready");
      }
      if (local) await clearDevice();
      if (cancelled) return;
      if (auto) await setUp();
      else setStatus("not_set_up");
    })();
    return () => {
      cancelled = true;
    };
  }, [userId, auto, setUp]);

  const text =
    status === "checking" ? null
    : status === "ready" ? m.ready
    : status === "working" ? m.working
    : status === "not_set_up" ? m.notSetUp
    : status === "unsupported" ? m.unsupported
    : format(m.failed, { message: status.failed });
  const canSetUp = status === "not_set_up" || typeof status === "object";

  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="device-setup-status" data-status={typeof status === "string" ? status : "failed"}>
      <p role="status" className="text-sm text-muted">{text}</p>
      {canSetUp ? (
        <button type="button" onClick={() => void setUp()} className="min-h-11 rounded-lg border border-brand-700 px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50">
          {m.setUpNow}
        </button>
      ) : null}
    </div>
  );
}
