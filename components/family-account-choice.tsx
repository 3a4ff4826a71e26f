"use client";
import type { CounterFamilyAccount } from "@/lib/terminal/client";
import { format, relativeLabel, type Messages } from "@/lib/i18n/client";

/**
 * At the counter, whose personal account pays the personal share: the patient's own, or a close
 * relative's (家庭共济) among those the scan offered — shown as "周*华（祖父）的个人账户". Nothing
 * to choose (null) when the scan offered no relative's account.
 */
export function FamilyAccountChoice({ accounts, value, onChange, m, family }: {
  accounts: CounterFamilyAccount[];
  /** The chosen account's reference; null: the patient's own. */
  value: string | null;
  onChange: (ref: string | null) => void;
  m: Messages["terminalSettle"]["familyAccount"];
  family: Messages["family"];
}) {
  if (accounts.length === 0) return null;
  const option = "flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50";
  return (
    <fieldset className="space-y-2" data-testid="family-account-choice">
      <legend className="font-medium">{m.legend}</legend>
      <label className={option}>
        <input type="radio" name="pay-from" checked={value === null} onChange={() => onChange(null)} className="h-5 w-5" />
        {m.own}
      </label>
      {accounts.map((account) => (
        <label key={account.ref} className={option}>
          <input type="radio" name="pay-from" checked={value === account.ref} onChange={() => onChange(account.ref)} className="h-5 w-5" />
          {format(m.relative, { name: relativeLabel(account, family) })}
        </label>
      ))}
      <p className="text-sm text-muted">{m.hint}</p>
    </fieldset>
  );
}
