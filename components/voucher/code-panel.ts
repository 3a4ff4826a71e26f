/**
 * What the live code panel shows, shared by the boot script (boot/code-boot.ts, which draws the
 * first code before React runs) and the React screen (voucher-screen.tsx, which takes over): the
 * same classes and the same choices, so that the takeover moves nothing on screen. No React here.
 */
import { type Messages, format, LOCALE_COOKIE, toLocale, type Locale } from "@/lib/i18n/client";
import type { StoredDevice } from "@/lib/voucher";

type VoucherMessages = Messages["voucher"];

/** The messages the boot script needs, in both languages (the precached shell serves either). */
export type BootMessages = Pick<VoucherMessages, "showAtCounter" | "qrLabel" | "qrLabelNoName" | "madeAt" | "liveCue" | "whose">;

export function bootMessages(m: VoucherMessages): BootMessages {
  const { showAtCounter, qrLabel, qrLabelNoName, madeAt, liveCue, whose } = m;
  return { showAtCounter, qrLabel, qrLabelNoName, madeAt, liveCue, whose };
}

/** The element the boot script draws into; React leaves its content alone. */
export const BOOT_CONTAINER_ID = "voucher-boot";
/** Where the boot script is served (a static route, precached by the service worker). */
export const BOOT_SCRIPT_URL = "/voucher/code-boot.js";

export const codePanelClasses = {
  column: "mt-2 flex w-full max-w-md flex-col items-center gap-3",
  whoseFieldset: "w-full",
  whoseLegend: "text-base",
  whoseOptions: "mt-1 flex flex-wrap gap-2",
  whoseOption: "inline-flex min-h-11 items-center gap-2 rounded-lg border-2 border-white/70 px-3 has-[:checked]:bg-white has-[:checked]:text-emerald-950",
  whoseRadio: "h-5 w-5",
  name: "text-2xl font-bold tracking-wide",
  counterHint: "text-lg",
  qrFrame: "w-full max-w-[min(88vw,58dvh)] rounded-2xl bg-white p-2 shadow-lg",
  qr: "block h-auto w-full",
  cue: "w-full",
  cueTrack: "relative h-3 w-full overflow-hidden rounded-full bg-emerald-950 ring-1 ring-white/40",
  cueBand: "absolute inset-y-0 left-0 w-1/4 rounded-full bg-gradient-to-r from-transparent via-amber-300 to-transparent",
  cueLabel: "mt-1 text-center text-sm font-medium text-emerald-50",
  madeAt: "text-xl font-semibold tabular-nums",
} as const;

/** The language the person chose, from the (script-readable) locale cookie. */
export function cookieLocale(cookie: string): Locale {
  const match = cookie.split("; ").find((c) => c.startsWith(`${LOCALE_COOKIE}=`));
  return toLocale(match?.slice(LOCALE_COOKIE.length + 1));
}

/**
 * Whose codes this device may show: the account's own first, then relatives' under grants. Each
 * label is a template and the (Chinese) name that fills its {name}, which is marked as Chinese.
 */
export function whoseOptions(device: StoredDevice, m: Pick<VoucherMessages, "whose">): { id: string | null; template: string; name: string }[] {
  return [
    ...(device.voucherId ? [{ id: null, template: m.whose.self, name: device.maskedName ?? "" }] : []),
    ...device.grants.map((g) => ({ id: g.grantId, template: "{name}", name: g.maskedName })),
  ];
}

/** The code shown first: the account's own, or else the first relative's. */
export function firstGrantId(device: StoredDevice): string | null {
  return device.voucherId ? null : (device.grants[0]?.grantId ?? null);
}

export function canShowACode(device: StoredDevice): boolean {
  return device.voucherId !== null || device.grants.length > 0;
}

/** The symbol's accessible name: whose code it is (their masked name) and when it was made. */
export function qrLabel(m: Pick<VoucherMessages, "qrLabel" | "qrLabelNoName">, name: string, time: string): string {
  return format(name ? m.qrLabel : m.qrLabelNoName, { name, time });
}
