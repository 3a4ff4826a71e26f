import { localize } from "@/lib/i18n";
import type { PersonSummary } from "@/lib/people/client";
import type { Messages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";
import { formatRich, Zh } from "./rich-text";

export function insuranceLabel(enrolment: NonNullable<PersonSummary["enrolment"]>, m: Messages): string {
  if (enrolment.insurance === "resident") return m.home.insuranceType.resident;
  return enrolment.status === "retired" ? m.home.insuranceType.employee_retired : m.home.insuranceType.employee_active;
}

/** The person's card: masked name, insurance type, region, and the way to the code. */
export function PersonCard({ summary, locale, m }: { summary: PersonSummary; locale: Locale; m: Messages }) {
  const enrolment = summary.enrolment;
  return (
    <section aria-labelledby="person-name" className="rounded-2xl bg-brand-700 p-5 text-white shadow">
      <p id="person-name" className="text-2xl font-bold">{formatRich(m.home.greeting, { name: <Zh>{summary.maskedName}</Zh> })}</p>
      {enrolment ? (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-base">
          <dt className="text-brand-100">{m.home.insurance}</dt>
          <dd data-testid="insurance-type">{insuranceLabel(enrolment, m)}</dd>
          <dt className="text-brand-100">{m.home.region}</dt>
          <dd data-testid="region">{localize(locale, enrolment.regionName, enrolment.regionNameEn)}</dd>
        </dl>
      ) : (
        <p className="mt-3">{m.home.noEnrolment}</p>
      )}
    </section>
  );
}
