"use client";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { format, type Locale, type Messages } from "@/lib/i18n/client";
import { clearDevice, deviceStoreSupported, REFRESH_SECONDS, saveDevice, type StoredDevice, type StoredGrant } from "@/lib/voucher";
import { fetchDeviceStatus, setUpThisDevice, type RegisterDevice } from "./device-setup";
import { releaseEarlyCode, takeEarlyStart, type ShownCode } from "./early-start";
import { clockTime } from "./clock-time";
import { formatRich } from "../rich-text";
import { canShowACode, codePanelClasses as c, firstGrantId, qrLabel, whoseOptions } from "./code-panel";
import { FreshnessCue } from "./freshness-cue";
import { QR_DRAWN_MARK } from "./performance-marks";
import { QrSymbolImage } from "./qr-symbol-image";
import { useReportShown } from "./report-shown";
import { useClientLocale } from "./use-client-locale";
import { useNow, useQrEncoder, useVoucherCode } from "./use-voucher-code";
import { useWakeLock } from "./use-wake-lock";

type VoucherMessages = Messages["voucher"];

type Screen =
  | { kind: "loading" }
  | { kind: "ready"; device: StoredDevice; first: FirstCode | null }
  | { kind: "setting_up" }
  | { kind: "not_set_up"; offline: boolean }
  | { kind: "unsupported" }
  | { kind: "no_own_code" }
  | { kind: "setup_failed"; message: string }
  | { kind: "signed_out" }
  | { kind: "revoked" }
  | { kind: "not_allowed_for" };

/** The first code, made before React ran (code-boot.ts), for whom it was made. */
type FirstCode = ShownCode & { grantId: string | null };

/**
 * The code screen. Everything it needs is on the phone (IndexedDB), so the QR is drawn
 * before, and without, any request: on a full page load the boot script (`boot`, see
 * code-boot.ts) has drawn the first code before this component hydrates, and this component
 * takes that code over. When online it then checks with the server that the account is still
 * signed in and the device still active, and sets the device up if it has no key yet.
 */
export function VoucherScreen({ messages, register, boot }: { messages: Record<Locale, VoucherMessages>; register: RegisterDevice; boot?: ReactNode }) {
  const locale = useClientLocale("zh-CN");
  const m = messages[locale];
  const [screen, setScreen] = useState<Screen>({ kind: "loading" });

  const setUp = async () => {
    setScreen({ kind: "setting_up" });
    const result = await setUpThisDevice(register);
    if (result.ok) setScreen(canShowACode(result.device) ? { kind: "ready", device: result.device, first: null } : { kind: "no_own_code" });
    else if (result.code === "signed_out") setScreen({ kind: "signed_out" });
    else setScreen({ kind: "setup_failed", message: result.message ?? m.setUpNetworkError });
  };

  useEffect(() => {
    let cancelled = false;
    const show = (next: Screen) => {
      if (!cancelled) setScreen(next);
    };
    void (async () => {
      if (!deviceStoreSupported()) return show({ kind: "unsupported" });
      const { device, code, grantId } = await takeEarlyStart();
      if (device) show(canShowACode(device) ? { kind: "ready", device, first: code ? { ...code, grantId } : null } : { kind: "no_own_code" });
      if (!navigator.onLine) {
        if (!device) show({ kind: "not_set_up", offline: true });
        return;
      }
      // Online: confirm in the background; the code is already on screen.
      const status = await fetchDeviceStatus(device?.deviceId ?? null);
      if (cancelled) return;
      if (status === null) {
        if (!device) show({ kind: "not_set_up", offline: true });
        return;
      }
      if (!status.signedIn) {
        if (device) await clearDevice();
        return show({ kind: "signed_out" });
      }
      if (device && status.device === "active") {
        // Keep the relatives' codes this account may show in step with its grants.
        const grants = status.grants ?? [];
        if (JSON.stringify(grants) !== JSON.stringify(device.grants)) {
          const updated = { ...device, grants };
          await saveDevice(updated);
          show(canShowACode(updated) ? { kind: "ready", device: updated, first: null } : { kind: "no_own_code" });
        }
        return;
      }
      if (device && status.device === "revoked") {
        await clearDevice();
        return show({ kind: "revoked" });
      }
      // No key yet, or one left by another account: set this account up.
      if (device) await clearDevice();
      if (!cancelled) await setUp();
    })();
    return () => {
      cancelled = true;
    };
    // Once per page load; setUp only uses module functions and state setters.
  }, []);

  // The boot script's drawing leaves in the same commit as this screen shows something of its own.
  useLayoutEffect(() => {
    if (screen.kind !== "loading") releaseEarlyCode();
  }, [screen.kind]);

  // Acting for a relative (/voucher?for=<person id>): that person's code, or a refusal — never one's own.
  const actingFor = useActingFor();
  const ready = screen.kind === "ready" ? screen : null;
  const forbidden = ready !== null && actingFor !== null && !ready.device.grants.some((g) => g.personId === actingFor);

  return (
    <main id="main" lang={locale} className="flex min-h-dvh flex-col items-center bg-emerald-950 px-4 pb-6 pt-3 text-white">
      <h1 className="sr-only">{m.title}</h1>
      <nav className="flex w-full max-w-md items-center justify-between" aria-label={m.title}>
        <a href="/" className="inline-flex min-h-11 items-center rounded-lg px-2 text-base font-medium text-white underline underline-offset-4">
          ← {m.backHome}
        </a>
      </nav>
      {boot}
      {ready && !forbidden ? (
        <LiveCode device={ready.device} first={ready.first} actingFor={actingFor} m={m} />
      ) : (
        <StatusPanel screen={forbidden ? { kind: "not_allowed_for" } : screen} m={m} onRetry={() => void setUp()} />
      )}
    </main>
  );
}

function StatusPanel({ screen, m, onRetry }: { screen: Screen; m: VoucherMessages; onRetry: () => void }) {
  const panel = (title: string, body: string, action?: { href: string; label: string }) => (
    <section className="mt-16 w-full max-w-md rounded-2xl bg-white p-6 text-ink" aria-labelledby="voucher-state-title">
      <h2 id="voucher-state-title" className="text-2xl font-bold">{title}</h2>
      <p className="mt-3 text-lg">{body}</p>
      {action ? (
        <a href={action.href} className="mt-5 inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 text-lg font-semibold text-white">
          {action.label}
        </a>
      ) : null}
    </section>
  );
  switch (screen.kind) {
    case "loading":
    case "setting_up":
      // Hidden while the boot script's code is on screen (its element, #voucher-boot, comes first).
      return (
        <p role="status" className="mt-24 text-xl [#voucher-boot:not(:empty)~&]:hidden">
          {screen.kind === "loading" ? m.loading : m.settingUp}
        </p>
      );
    case "not_set_up":
      return panel(m.notSetUp.title, `${m.notSetUp.body}${screen.offline ? ` ${m.notSetUp.offline}` : ""}`, { href: "/sign-in", label: m.notSetUp.action });
    case "unsupported":
      return panel(m.notSetUp.title, m.notSetUp.body);
    case "no_own_code":
      return panel(m.notSetUp.title, m.noOwnCode, { href: "/", label: m.backHome });
    case "signed_out":
      return panel(m.signedOut.title, m.signedOut.body, { href: "/sign-in", label: m.signedOut.action });
    case "revoked":
      return panel(m.revoked.title, m.revoked.body, { href: "/sign-in", label: m.revoked.action });
    case "not_allowed_for":
      return panel(m.title, m.notAllowedFor, { href: backToSelfHref, label: m.backToSelf });
    case "setup_failed":
      return (
        <section className="mt-16 w-full max-w-md rounded-2xl bg-white p-6 text-ink" role="alert">
          <p className="text-lg">{format(m.setUpFailed, { message: screen.message })}</p>
          <button type="button" onClick={onRetry} className="mt-5 min-h-12 rounded-lg bg-brand-700 px-5 text-lg font-semibold text-white">
            {m.retry}
          </button>
        </section>
      );
    default:
      return null;
  }
}

/** Whose code is on screen: the person's own, or a relative's under a "show code" grant. */
function WhoseCode({ device, grantId, onChange, m }: { device: StoredDevice; grantId: string | null; onChange: (id: string | null) => void; m: VoucherMessages }) {
  const options = whoseOptions(device, m);
  if (options.length < 2) return null;
  return (
    <fieldset className={c.whoseFieldset}>
      <legend className={c.whoseLegend}>{m.whose.label}</legend>
      <div className={c.whoseOptions}>
        {options.map((o) => (
          <label key={o.id ?? "self"} className={c.whoseOption}>
            <input type="radio" name="whose-code" checked={grantId === o.id} onChange={() => onChange(o.id)} className={c.whoseRadio} />
            {formatRich(o.template, { name: <span lang="zh-CN">{o.name}</span> })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The person the home screen was acting for when it opened this screen (`?for=`), or null. */
function useActingFor(): string | null {
  const [personId, setPersonId] = useState<string | null>(null);
  useEffect(() => setPersonId(new URLSearchParams(window.location.search).get("for")), []);
  return personId;
}

/** Ends acting for a relative (the choice is remembered by /act-for) and opens one's own code. */
const backToSelfHref = `/act-for?${new URLSearchParams({ for: "self", next: "/voucher" }).toString()}`;

function LiveCode({ device, first, actingFor, m }: { device: StoredDevice; first: FirstCode | null; actingFor: string | null; m: VoucherMessages }) {
  const chosen = actingFor === null ? undefined : device.grants.find((g) => g.personId === actingFor);
  const [grantId, setGrantId] = useState<string | null>(chosen ? chosen.grantId : firstGrantId(device));
  const grant: StoredGrant | null = device.grants.find((g) => g.grantId === grantId) ?? null;
  const { code, failed, refresh } = useVoucherCode(device, grant, first && first.grantId === (grant?.grantId ?? null) ? first : null);
  const encode = useQrEncoder();
  // The screen re-renders every tick for its clock; the symbol changes only with the code.
  const symbol = useMemo(() => (code && encode ? encode(code.text) : null), [code, encode]);
  const now = useNow(true);
  const wakeLock = useWakeLock(true);
  const online = useOnline();
  const marked = useRef(false);
  // A relative's code on screen is a use of their grant (or of guardianship): it goes into their access log.
  useReportShown(grant?.personId ?? null);

  // The time-to-code measurement: the frame in which the first symbol is drawn (by the boot
  // script on a full page load, which marks it itself; here after a client-side navigation).
  useLayoutEffect(() => {
    if (!symbol || marked.current) return;
    marked.current = true;
    if (performance.getEntriesByName(QR_DRAWN_MARK).length === 0) requestAnimationFrame(() => performance.mark(QR_DRAWN_MARK));
  }, [symbol]);

  const time = clockTime;
  const secondsLeft = code ? Math.max(0, Math.ceil((code.madeAt + REFRESH_SECONDS * 1000 - now) / 1000)) : REFRESH_SECONDS;
  const name = grant ? grant.maskedName : (device.maskedName ?? "");

  return (
    <div className={c.column}>
      {chosen ? (
        <div role="note" data-testid="acting-for-banner" className="flex w-full flex-wrap items-center justify-between gap-2 rounded-2xl border-2 border-amber-300 bg-amber-50 p-3 text-amber-950">
          <p className="font-semibold">{formatRich(m.actingFor, { name: <span lang="zh-CN">{chosen.maskedName}</span> })}</p>
          <a href={backToSelfHref} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{m.backToSelf}</a>
        </div>
      ) : (
        <WhoseCode device={device} grantId={grant ? grant.grantId : null} onChange={setGrantId} m={m} />
      )}
      <p className={c.name} lang="zh-CN">{name}</p>
      <p className={c.counterHint}>{m.showAtCounter}</p>
      <div className={c.qrFrame}>
        {code && symbol ? (
          <QrSymbolImage symbol={symbol} label={qrLabel(m, name, time(code.madeAt))} className={c.qr} />
        ) : (
          <div className="aspect-square w-full" />
        )}
      </div>
      {failed ? <p role="alert" className="text-lg font-semibold text-amber-200">{m.codeFailed}</p> : null}
      <FreshnessCue label={m.liveCue} />
      <p className={c.madeAt} data-testid="voucher-made-at">
        {code ? format(m.madeAt, { time: time(code.madeAt) }) : m.loading}
      </p>
      <p className="text-base tabular-nums text-emerald-50">{format(m.now, { time: time(now) })}</p>
      <div className="w-full">
        <div
          role="progressbar"
          aria-label={format(m.refreshIn, { seconds: secondsLeft })}
          aria-valuemin={0}
          aria-valuemax={REFRESH_SECONDS}
          aria-valuenow={secondsLeft}
          className="h-2 w-full overflow-hidden rounded-full bg-emerald-900 ring-1 ring-white/30"
        >
          <div className="h-full bg-white transition-[width] duration-200" style={{ width: `${(secondsLeft / REFRESH_SECONDS) * 100}%` }} />
        </div>
        <p role="timer" className="mt-1 text-center text-base tabular-nums">{format(m.refreshIn, { seconds: secondsLeft })}</p>
      </div>
      <button
        type="button"
        onClick={refresh}
        className="min-h-12 rounded-lg border-2 border-white px-5 text-lg font-semibold text-white hover:bg-white/10"
      >
        {m.refreshNow}
      </button>
      {!online ? <p className="text-base text-emerald-50">{m.offline}</p> : null}
      {wakeLock === "unsupported" ? <p className="text-center text-base text-amber-200">{m.keepScreenOn}</p> : null}
    </div>
  );
}

function useOnline(): boolean {
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}
