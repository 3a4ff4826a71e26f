import Link from "next/link";
import type { Messages } from "@/lib/i18n/catalogue";
import { format } from "@/lib/i18n/locales";

/** Says plainly whose data home shows when it is not the account's own. */
export function FamilyActingForBanner({ name, m }: { name: string; m: Messages["family"]["switcher"] }) {
  return (
    <div role="note" className="flex flex-wrap items-center justify-between gap-2 rounded-2xl border-2 border-amber-600 bg-amber-50 p-3">
      <p className="font-semibold text-amber-950">{format(m.actingFor, { name })}</p>
      <Link href="/" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{m.backToSelf}</Link>
    </div>
  );
}
