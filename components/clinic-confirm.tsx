"use client";
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { useSWRConfig } from "swr";
import type { ClinicFacility } from "@/lib/clinic/client";
import type { ActionResult, ActionState } from "@/lib/context/client";
import { format, formatDay, localize, type Locale, type Messages } from "@/lib/i18n/client";
import { clinicKey } from "@/lib/swr";
import { facilityName } from "./clinic-facility-details";

export interface ClinicChanged {
  facilityId: string;
  name: string;
  nameEn: string;
  validFrom: string;
}

type Action = (state: ActionState<ClinicChanged>, formData: FormData) => Promise<ActionResult<ClinicChanged>>;

export interface ClinicConfirmProps {
  action: Action;
  /** Whose clinic the form changes; the action refuses if the screen has since switched person. */
  subjectId: string;
  /** The person acted for when not oneself (the clinic's SWR key). */
  personId: string | null;
  /** The clinic to change to; null when it cannot be chosen. */
  target: ClinicFacility | null;
  currentName: string | null;
  /** The first day a further change would be allowed after this one (regions with an interval). */
  lockedUntil: string | null;
  /** Set when no change is allowed today: the first day one is. */
  blockedUntil: string | null;
  cancelHref: string;
  locale: Locale;
  m: Messages["clinic"];
}

const panel = "space-y-3 rounded-2xl border-2 border-brand-700 bg-white p-4 shadow";

/** The confirmation step of a clinic change. A form post, so it works before JavaScript loads. */
export function ClinicConfirm({ action, subjectId, personId, target, currentName, lockedUntil, blockedUntil, cancelHref, locale, m }: ClinicConfirmProps) {
  const [state, formAction, pending] = useActionState<ActionState<ClinicChanged>, FormData>(action, null);
  const { mutate } = useSWRConfig();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (state?.ok) void mutate(clinicKey(personId));
  }, [state, mutate, personId]);

  const title = (
    <h2 id="clinic-confirm-title" ref={heading} tabIndex={-1} className="text-xl font-bold">{m.confirm.heading}</h2>
  );
  const back = (label: string) => (
    <Link href={cancelHref} className="inline-flex min-h-12 items-center rounded-lg px-3 text-brand-700 underline">{label}</Link>
  );

  if (state?.ok) {
    return (
      <section aria-labelledby="clinic-confirm-title" className={panel}>
        {title}
        <p role="status" className="rounded-lg bg-brand-50 p-3 font-medium text-brand-800" data-testid="clinic-change-success">
          {format(m.confirm.success, { name: localize(locale, state.data.name, state.data.nameEn) })}
        </p>
        {back(m.confirm.backToClinic)}
      </section>
    );
  }
  if (!target || blockedUntil) {
    return (
      <section aria-labelledby="clinic-confirm-title" className={panel}>
        {title}
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800">
          {target ? format(m.errors.interval_not_passed, { date: formatDay(blockedUntil!, locale) }) : m.confirm.notFound}
        </p>
        {back(m.confirm.backToClinic)}
      </section>
    );
  }

  const to = facilityName(target, locale);
  const formError = state && !state.ok ? state.formError : null;
  const fieldError = state && !state.ok && Object.keys(state.fieldErrors).length > 0;
  return (
    <section aria-labelledby="clinic-confirm-title" className={panel}>
      {title}
      <p className="text-lg">{currentName ? format(m.confirm.change, { from: currentName, to }) : format(m.confirm.first, { to })}</p>
      <p>{lockedUntil ? format(m.confirm.lock, { date: formatDay(lockedUntil, locale) }) : m.confirm.immediate}</p>
      <div aria-live="assertive" className="empty:hidden">
        {formError ? <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800">{formError}</p> : null}
        {fieldError ? <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800">{m.errors.invalid}</p> : null}
      </div>
      <form action={formAction} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="subject" value={subjectId} />
        <input type="hidden" name="facilityId" value={target.id} />
        <input type="hidden" name="confirmed" value="yes" />
        <button type="submit" disabled={pending} className="min-h-12 rounded-lg bg-brand-700 px-5 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? m.confirm.pending : currentName ? m.confirm.submit : m.confirm.submitFirst}
        </button>
        {back(m.confirm.cancel)}
      </form>
    </section>
  );
}
