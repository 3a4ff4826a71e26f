"use client";
import dynamic from "next/dynamic";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionResult, ActionState, FormValues } from "@/lib/context/client";
import { WHAT_IF_FIELDS, type EstimateFormOptions, type EstimateView } from "@/lib/estimate/client";
import { format, localize, pick, type Locale, type Messages } from "@/lib/i18n/client";
import { CROSS_REGION } from "@/lib/reimbursement/client";
import { EstimateField, describedBy, inputClass } from "./estimate-field";
import { EstimateLines, linesFromValues } from "./estimate-lines";
import type { SaveAction } from "./estimate-save-form";

// The result (with its chart) and the form that saves it show once an estimate is back: their
// code is loaded then (or with the page when it opens on a result), not before the form is used.
const loadEstimateResult = () => import("./estimate-result");
const EstimateResult = dynamic(() => loadEstimateResult().then((module) => module.EstimateResult));
const EstimateSaveForm = dynamic(() => import("./estimate-save-form").then((module) => module.EstimateSaveForm));

export type EstimateAction = (previous: ActionState<EstimateView>, formData: FormData) => Promise<ActionResult<EstimateView>>;

/** The Estimate screen's form and its result; posts to the server action (works without JavaScript too). */
export function EstimateForm({ action, saveAction, initialState = null, initialValues, options, name = null, m, locale }: {
  action: EstimateAction;
  /** Absent on a shared kiosk: nothing is saved, the estimate is printed instead. */
  saveAction?: SaveAction | undefined;
  /** What the form shows before it is sent (a result already worked out, or nothing). */
  initialState?: ActionState<EstimateView>;
  /** The values to start from (a saved estimate's, to estimate again), before anything is sent. */
  initialValues?: FormValues;
  options: EstimateFormOptions;
  /** The masked name of the person estimated for, when it is not the reader (acting for a relative). */
  name?: string | null;
  m: Messages["estimate"];
  locale: Locale;
}) {
  const [state, formAction, pending] = useActionState<ActionState<EstimateView>, FormData>(action, initialState);
  const f = m.form;
  const values: FormValues = state?.values ?? initialValues ?? {};
  const errors = state === null || state.ok ? {} : state.fieldErrors;
  const value = (name: string, fallback = "") => values[name] ?? fallback;
  const resultRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const hasErrors = state !== null && !state.ok && (state.formError !== null || Object.keys(state.fieldErrors).length > 0);
  const formError = state !== null && !state.ok ? (state.formError ?? state.fieldErrors.form ?? null) : null;

  useEffect(() => {
    if (state?.ok) return focusWhenShown(resultRef.current, "h2");
    if (hasErrors) summaryRef.current?.focus();
  }, [state, hasErrors]);

  const field = (name: string, hint?: string) => ({
    id: name,
    name,
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(name, Boolean(hint), errors[name]),
  });
  // With JavaScript, submit without React's automatic form reset, which would put selects back
  // to their first option while the result shows what was asked. Without JavaScript the form
  // posts to the same action.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void loadEstimateResult();
    startTransition(() => formAction(data));
  };
  const facilityOptionText = (facility: EstimateFormOptions["facilities"][number]) => {
    const facts = [levelText(facility.level), f.facilityStatus[facility.status], ...(facility.away ? [f.away] : [])];
    return localize(locale, `${facility.name}（${facts.join("，")}）`, `${facility.nameEn} (${facts.join(", ")})`);
  };
  const levelText = (level: number) => f.levels[Math.min(3, Math.max(0, level)) as 0 | 1 | 2 | 3];
  const mode = value("accumulatorsMode", "ledger");

  return (
    <div className="space-y-6">
      <form action={formAction} onSubmit={submit} noValidate className={`space-y-5 ${state?.ok ? "print:hidden" : ""}`} aria-labelledby="estimate-form-heading">
        <h2 id="estimate-form-heading" className="text-xl font-bold">{f.heading}</h2>
        <div ref={summaryRef} tabIndex={-1} role="alert" className="empty:hidden">
          {hasErrors ? (
            <p className="rounded border border-red-700 bg-red-50 p-3 font-medium text-red-800">
              {formError ?? f.errorSummary}
            </p>
          ) : null}
        </div>
        <input type="hidden" name="subject" value={options.personId} />
        <EstimateField id="serviceDate" label={f.serviceDate} error={errors.serviceDate} locale={locale}>
          <input type="date" className={inputClass} defaultValue={value("serviceDate", options.today)} {...field("serviceDate")} />
        </EstimateField>
        <EstimateField id="facilityId" label={f.facility} hint={f.facilityHint} error={errors.facilityId} locale={locale}>
          <select className={inputClass} defaultValue={value("facilityId", options.defaultFacilityId ?? "")} {...field("facilityId", f.facilityHint)}>
            {options.facilities.map((facility) => (
              <option key={facility.id} value={facility.id}>
                {facilityOptionText(facility)}
              </option>
            ))}
          </select>
        </EstimateField>
        <VisitFields options={options} value={value} field={field} errors={errors} levelText={levelText} f={f} locale={locale} />
        <EstimateField id="crossRegion" label={f.crossRegion} hint={options.filing ? `${f.crossRegionHint} ${format(f.crossRegionFiling, { place: localize(locale, options.filing.placeName, options.filing.placeNameEn) })}` : f.crossRegionHint} error={errors.crossRegion} locale={locale}>
          <select className={inputClass} defaultValue={value("crossRegion", "auto")} {...field("crossRegion", "hint")}>
            {(["auto", ...CROSS_REGION] as const).map((option) => <option key={option} value={option}>{f.crossRegionOptions[option]}</option>)}
          </select>
        </EstimateField>
        <div className="space-y-1">
          <label className="inline-flex min-h-11 items-center gap-2 font-medium">
            <input type="checkbox" className="h-5 w-5" defaultChecked={value("useAccount") === "on"} {...field("useAccount", options.insurance === "resident" ? "hint" : undefined)} />
            {f.useAccount}
          </label>
          {options.insurance === "resident" ? <p id="useAccount-hint" className="text-sm text-muted">{f.useAccountHint}</p> : null}
          {errors.useAccount ? <p id="useAccount-error" aria-live="polite" className="text-sm font-medium text-red-700">{errors.useAccount}</p> : null}
        </div>
        <YearToDateFields mode={mode} value={value} field={field} errors={errors} f={f} locale={locale} />
        <EstimateLines initial={linesFromValues(values)} m={f} locale={locale} errors={errors} />
        <button type="submit" disabled={pending} className="min-h-11 w-full rounded bg-brand-700 px-4 py-2 text-lg font-semibold text-white disabled:opacity-70 sm:w-auto no-print">
          {pending ? f.submitting : f.submit}
        </button>
      </form>
      <div ref={resultRef} aria-live="polite">
        {state?.ok ? (
          <div className="space-y-3">
            <EstimateResult figures={state.data.figures} context={state.data.context} lines={state.data.lines ?? []} name={name} m={m.result} formM={f} locale={locale} sourcesLink={saveAction !== undefined} />
            {saveAction ? (
              <EstimateSaveForm action={saveAction} personId={state.data.context.personId} values={values} m={m.result} />
            ) : (
              <button type="button" onClick={() => window.print()} className="min-h-12 rounded border border-slate-400 px-5 text-lg font-medium print:hidden">
                {m.result.print}
              </button>
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Focuses the container's first `selector` now, or as soon as it is drawn (the result's code may still be loading). */
function focusWhenShown(container: HTMLElement | null, selector: string): (() => void) | undefined {
  const focus = () => {
    const target = container?.querySelector<HTMLElement>(selector);
    target?.focus();
    return target !== undefined && target !== null;
  };
  if (!container || focus()) return undefined;
  const observer = new MutationObserver(() => {
    if (focus()) observer.disconnect();
  });
  observer.observe(container, { childList: true, subtree: true });
  return () => observer.disconnect();
}

type FieldProps = (name: string, hint?: string) => { id: string; name: string; "aria-invalid": boolean; "aria-describedby": string | undefined };
type FieldParts = { value: (name: string, fallback?: string) => string; field: FieldProps; errors: Record<string, string | undefined>; f: Messages["estimate"]["form"]; locale: Locale };

/** The visit: its kind (a chronic disease among those approved), and for an admission which one and from where. */
function VisitFields({ options, value, field, errors, levelText, f, locale }: FieldParts & { options: EstimateFormOptions; levelText: (level: number) => string }) {
  // The inpatient fields show while "inpatient" is selected, by CSS alone (no JavaScript needed).
  return (
    <div className="group space-y-3">
      <EstimateField id="visit" label={f.visit} error={errors.visit} locale={locale}>
        <select className={inputClass} defaultValue={value("visit", "general_outpatient")} {...field("visit")}>
          <option value="general_outpatient">{f.visitKinds.general_outpatient}</option>
          {options.chronicDiseases.map((d) => (
            <option key={d.disease} value={`chronic:${d.disease}`}>{format(f.visitKinds.chronic, { disease: pick(d.label, locale) })}</option>
          ))}
          <option value="inpatient">{f.visitKinds.inpatient}</option>
          <option value="pharmacy">{f.visitKinds.pharmacy}</option>
        </select>
      </EstimateField>
      <div className="hidden space-y-3 rounded border border-slate-300 p-3 group-has-[option[value=inpatient]:checked]:block">
        <EstimateField id="admissionOfYear" label={f.admissionOfYear} error={errors.admissionOfYear} locale={locale}>
          <input inputMode="numeric" className={inputClass} defaultValue={value("admissionOfYear", "1")} {...field("admissionOfYear")} />
        </EstimateField>
        <EstimateField id="referralLevel" label={f.referralLevel} error={errors.referralLevel} locale={locale}>
          <select className={inputClass} defaultValue={value("referralLevel", "")} {...field("referralLevel")}>
            <option value="">{f.referralNone}</option>
            {[0, 1, 2, 3].map((level) => <option key={level} value={String(level)}>{levelText(level)}</option>)}
          </select>
        </EstimateField>
        <EstimateField id="referralDeductiblePaid" label={f.referralDeductiblePaid} error={errors.referralDeductiblePaid} locale={locale}>
          <input inputMode="decimal" className={inputClass} defaultValue={value("referralDeductiblePaid")} {...field("referralDeductiblePaid")} />
        </EstimateField>
      </div>
    </div>
  );
}

/** The year to date: the person's real figures, or "what if" figures they type (shown by CSS alone while chosen). */
function YearToDateFields({ mode, value, field, errors, f, locale }: FieldParts & { mode: string }) {
  return (
    <fieldset className="group space-y-3">
      <legend className="text-lg font-semibold">{f.accumulators}</legend>
      {(["ledger", "whatif"] as const).map((option) => (
        <label key={option} className="flex min-h-11 items-center gap-2">
          <input type="radio" name="accumulatorsMode" value={option} defaultChecked={mode === option} className="h-5 w-5" />
          {option === "ledger" ? f.accumulatorsLedger : f.accumulatorsWhatIf}
        </label>
      ))}
      {/* Shown while "what if" is chosen, by CSS alone. */}
      <div className="hidden space-y-3 rounded border border-slate-300 p-3 group-has-[input[value=whatif]:checked]:block">
        <p className="text-sm text-muted">{f.whatIfHint}</p>
        {WHAT_IF_FIELDS.map((name) => (
          <EstimateField key={name} id={`whatIf.${name}`} label={f.whatIf[name]} error={errors[`whatIf.${name}`]} locale={locale}>
            <input inputMode="decimal" className={inputClass} defaultValue={value(`whatIf.${name}`)} {...field(`whatIf.${name}`)} />
          </EstimateField>
        ))}
      </div>
    </fieldset>
  );
}
