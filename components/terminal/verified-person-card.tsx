"use client";
import { localize } from "@/lib/i18n/client";
import { forwardRef } from "react";
import type { VerifiedVoucher } from "@/lib/terminal/client";
import type { Messages } from "@/lib/i18n/client";
import { format, formatDay, type Locale } from "@/lib/i18n/client";

type M = Messages["terminal"];

function insuranceLabel(person: VerifiedVoucher["person"], m: M): string {
  if (person.insurance === null) return m.insuranceType.none;
  if (person.insurance === "resident") return m.insuranceType.resident;
  return person.employeeStatus === "retired" ? m.insuranceType.employee_retired : m.insuranceType.employee_active;
}


/** China time, as the counter's own clock reads it. */
function chinaTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false, timeZone: "Asia/Shanghai" }).format(new Date(iso));
}

/** Who the code belongs to, masked, with what the counter needs before entering a bill. */
export const VerifiedPersonCard = forwardRef<HTMLHeadingElement, { verified: VerifiedVoucher; m: M; locale: Locale }>(
  function VerifiedPersonCard({ verified, m, locale }, heading) {
    const { person, chosenClinic, entitlements } = verified;
    const en = localize(locale, false, true);
    return (
      <section aria-labelledby="verified-title" className="rounded-2xl border-2 border-brand-700 bg-white p-5" data-testid="verified-person">
        <h2 id="verified-title" ref={heading} tabIndex={-1} className="text-lg font-semibold text-brand-700">
          ✓ {m.verifiedTitle}
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-lg">
          <dt className="text-muted">{m.name}</dt>
          <dd className="text-2xl font-bold" data-testid="verified-name" lang={localize<string | undefined>(locale, undefined, "zh-CN")}>{person.maskedName}</dd>
          <dt className="text-muted">{m.insurance}</dt>
          <dd>{insuranceLabel(person, m)}</dd>
          <dt className="text-muted">{m.region}</dt>
          <dd>{person.region ? (en ? person.region.nameEn : person.region.name) : "—"}</dd>
          <dt className="text-muted">{m.chosenClinic}</dt>
          <dd>
            {chosenClinic
              ? `${en ? chosenClinic.nameEn : chosenClinic.name}${chosenClinic.allianceName ? ` (${en ? chosenClinic.allianceNameEn : chosenClinic.allianceName})` : ""}`
              : m.noClinic}
          </dd>
        </dl>
        {verified.shownUnderGrant ? <p className="mt-3 rounded-lg bg-amber-50 p-2 font-medium text-amber-900">{m.underGrant}</p> : null}
        <h3 className="mt-4 font-semibold">{m.entitlementsTitle}</h3>
        {entitlements.ledgerAvailable ? null : <p className="text-muted">{m.ledgerPending}</p>}
        <p className="mt-1">
          {format(m.chronicApprovalsLine, {
            list: entitlements.chronicApprovals.length === 0
              ? m.noChronic
              : entitlements.chronicApprovals.map((a) => format(m.chronicUntil, { disease: localize(locale, a.label.zh, a.label.en), date: formatDay(a.validTo, locale) })).join(m.listSeparator),
          })}
        </p>
        <p className="mt-3 text-sm text-muted">
          {format(m.codeMadeAt, { time: chinaTime(verified.code.issuedAt, locale) })} ·{" "}
          {format(m.settleBy, { time: chinaTime(verified.settlement.expiresAt, locale) })}
        </p>
      </section>
    );
  },
);
