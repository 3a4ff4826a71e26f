"use client";
import { useActionState, useEffect, useRef } from "react";
import type { ActionResult, ActionState } from "@/lib/context/client";
import { GRANT_RELATIONS, GRANT_SCOPES } from "@/lib/family/client";
import type { Messages } from "@/lib/i18n/client";

type Action = (state: ActionState<{ id: string }>, formData: FormData) => Promise<ActionResult<{ id: string }>>;

const input = "block min-h-12 w-full rounded-xl border border-slate-400 px-3 text-lg focus:outline-none focus:ring-4 focus:ring-brand-300";

/** Offer a family member a grant. A plain form post, so it works before JavaScript loads. */
export function FamilyGrantForm({ action, today, m }: { action: Action; today: string; m: Messages["family"] }) {
  const [state, formAction, pending] = useActionState<ActionState<{ id: string }>, FormData>(action, null);
  const form = useRef<HTMLFormElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
    if (state) status.current?.focus();
  }, [state]);
  type Field = "granteePhone" | "relation" | "scopes" | "validUntil";
  const fieldError = (field: Field) => {
    const text = state && !state.ok ? state.fieldErrors[field] : undefined;
    if (!text) return null;
    return <p id={`${field}-error`} className="text-sm font-medium text-red-700">{text}</p>;
  };
  const invalid = (field: Field) => Boolean(state && !state.ok && state.fieldErrors[field]);

  return (
    <form ref={form} action={formAction} className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4" aria-labelledby="grant-form-title" noValidate>
      <h2 id="grant-form-title" className="text-xl font-semibold">{m.create.heading}</h2>
      <div className="space-y-1">
        <label htmlFor="granteePhone" className="block font-medium">{m.create.phone}</label>
        <input
          id="granteePhone" name="granteePhone" type="tel" inputMode="numeric" autoComplete="off" required className={input}
          aria-invalid={invalid("granteePhone")} aria-describedby={`granteePhone-hint${invalid("granteePhone") ? " granteePhone-error" : ""}`}
        />
        <p id="granteePhone-hint" className="text-sm text-muted">{m.create.phoneHint}</p>
        {fieldError("granteePhone")}
      </div>
      <div className="space-y-1">
        <label htmlFor="relation" className="block font-medium">{m.create.relation}</label>
        <select
          id="relation" name="relation" required defaultValue="" className={input}
          aria-invalid={invalid("relation")} aria-describedby={invalid("relation") ? "relation-error" : undefined}
        >
          <option value="" disabled>{m.create.relationPlaceholder}</option>
          {GRANT_RELATIONS.map((relation) => <option key={relation} value={relation}>{m.relationOptions[relation]}</option>)}
        </select>
        {fieldError("relation")}
      </div>
      <fieldset className="space-y-2" aria-describedby={invalid("scopes") ? "scopes-error" : undefined}>
        <legend className="font-medium">{m.create.scopes}</legend>
        {GRANT_SCOPES.map((scope) => (
          <div key={scope}>
            <label className="flex min-h-11 items-center gap-3">
              <input type="checkbox" name="scopes" value={scope} className="size-6" defaultChecked={scope === "view_coverage"} />
              <span>{m.scopes[scope]}</span>
            </label>
            {scope === "pay_from_account" ? <p className="ml-9 text-sm text-muted">{m.scopeHint.pay_from_account}</p> : null}
          </div>
        ))}
        {fieldError("scopes")}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="validUntil" className="block font-medium">{m.create.validUntil}</label>
        <input
          id="validUntil" name="validUntil" type="date" min={today} className={input}
          aria-invalid={invalid("validUntil")} aria-describedby={`validUntil-hint${invalid("validUntil") ? " validUntil-error" : ""}`}
        />
        <p id="validUntil-hint" className="text-sm text-muted">{m.create.validUntilHint}</p>
        {fieldError("validUntil")}
      </div>
      <p ref={status} tabIndex={-1} role="status" className="font-medium focus:outline-none">
        {state?.ok ? <span className="text-brand-700">{m.create.sent}</span> : null}
        {state && !state.ok && state.formError ? <span className="text-red-700">{state.formError}</span> : null}
      </p>
      <button type="submit" disabled={pending} className="min-h-12 w-full rounded-xl bg-brand-700 px-4 text-lg font-semibold text-white disabled:opacity-60">
        {m.create.submit}
      </button>
    </form>
  );
}
