"use client";
import { usePathname } from "next/navigation";
import type { Messages } from "@/lib/i18n/client";

/**
 * On every patient screen while the account acts for someone else: whose data this is — their
 * name and who they are to the account, as guardian or under a grant (and until when) — and one
 * tap back to oneself (on the same screen; a detail page goes back to its list). An ended grant
 * says so instead. The choice is remembered by /act-for, which this link calls.
 */
export function ActingForBanner({ title, detail, m }: { title: string | null; detail: string | null; m: Messages["family"]["switcher"] }) {
  const section = `/${usePathname().split("/")[1] ?? ""}`;
  const back = `/act-for?${new URLSearchParams({ for: "self", next: section }).toString()}`;
  return (
    <div className="px-4 py-3">
      <div role="note" data-testid="acting-for-banner" className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 rounded-2xl border-2 border-amber-600 bg-amber-50 p-3">
        <div className="min-w-0">
          <p className="font-semibold text-amber-950 [overflow-wrap:anywhere]">{title ?? m.actingForEnded}</p>
          {detail ? <p className="text-sm text-amber-900">{detail}</p> : null}
        </div>
        {/* A plain link (no prefetch): following it changes whom the app acts for. */}
        <a href={back} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{m.backToSelf}</a>
      </div>
    </div>
  );
}
