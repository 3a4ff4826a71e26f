import "server-only";
import type { Db } from "@/lib/db";
import type { filingKinds } from "@/lib/db/schema";
import type { BenefitRuleFacts } from "@/lib/i18n";
import { benefitRule } from "./benefit-rules";
import { ageOn } from "@/lib/dates";
import { readEntitlementFacts, type EntitlementFacts } from "./entitlement-facts";
import { supplementaryStatus, type SupplementaryStatus } from "./supplementary-status";
import { type Accumulators, type DeductibleBasis, type Fen, bucketOf, getPolicy, personTypeOf, policyVersionOn } from "@/lib/reimbursement";
import { listAccountEntries, type AccountEntryDto } from "./account-entries";

type Bilingual = { zh: string; en: string };

/** One benefit bucket's year to date: what the fund has paid, what is left, and the rule. */
export interface EntitlementBucket {
  /** "general_outpatient", "inpatient", "chronic:diabetes" … */
  bucket: string;
  benefitId: string;
  label: Bilingual;
  /** For a per-disease bucket, the disease key and its name ("普通门诊·糖尿病": lib/i18n bucketLabel). */
  disease: string | null;
  diseaseLabel: Bilingual | null;
  /** Basic fund paid this year (hifp_pay): the "used" bar. */
  usedFen: Fen;
  /** Annual cap of the bucket; null when there is none. */
  capFen: Fen | null;
  /** What the fund may still pay this year: the bucket's cap or a shared cap, whichever is tighter; null without a cap. */
  remainingFen: Fen | null;
  sharedCap: { id: string; label: Bilingual; capFen: Fen; usedFen: Fen; remainingFen: Fen } | null;
  deductible: {
    basis: DeductibleBasis;
    /** The deductible; null when it differs by facility level (per visit or admission). */
    amountFen: Fen | null;
    /** Paid towards it this year. */
    paidFen: Fen;
    /** Still to pay this year (yearly deductibles only). */
    remainingFen: Fen | null;
  };
  /** Policy-scope costs counted this year. */
  policyScopeFen: Fen;
  /** The rule's figures (its words: lib/i18n benefitRuleText). */
  rule: BenefitRuleFacts;
  source: string;
  unverified: boolean;
}

export interface ChronicApprovalEntitlement {
  disease: string;
  label: Bilingual;
  validFrom: string;
  validTo: string;
  /** Days left after `day` (0 on the last valid day). */
  daysLeft: number;
  endingSoon: boolean;
  facility: { name: string; nameEn: string } | null;
  /** The bucket the disease is paid from and its quota this year, when the policy covers it. */
  bucket: string | null;
  quota: { capFen: Fen | null; usedFen: Fen; remainingFen: Fen | null } | null;
}

export interface CrossRegionFilingEntitlement {
  kind: (typeof filingKinds)[number];
  placeName: string;
  placeNameEn: string;
  validFrom: string;
  validTo: string | null;
  daysLeft: number | null;
  endingSoon: boolean;
}

/** Everything the entitlements screen shows; no name and no national ID. */
export interface Entitlements {
  personId: string;
  year: number;
  day: string;
  /** When the ledger last changed (ISO instant), or the time of reading when it never has. */
  asOf: string;
  policy: { id: string; name: Bilingual; version: string; source: string } | null;
  insurance: "employee" | "resident" | null;
  buckets: EntitlementBucket[];
  chronicApprovals: ChronicApprovalEntitlement[];
  supplementary: SupplementaryStatus;
  account: { hasAccount: boolean; balanceFen: Fen; recentEntries: AccountEntryDto[] };
  crossRegionFiling: CrossRegionFilingEntitlement | null;
}

/** An approval or filing ending within this many days is flagged. */
export const ENDING_SOON_DAYS = 30;
export const RECENT_ACCOUNT_ENTRIES = 10;

function daysFrom(day: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);
}

function instant(iso: string | null): Date | null {
  return iso === null ? null : new Date(iso);
}

function latest(...instants: Array<Date | null | undefined>): Date | null {
  const times = instants.filter((i): i is Date => i instanceof Date).map((i) => i.getTime());
  return times.length === 0 ? null : new Date(Math.max(...times));
}

/**
 * A person's entitlements for `year` as of `day` (YYYY-MM-DD, China time): per benefit bucket
 * what is used and left under the policy in force that day, chronic approvals with their quotas
 * and expiry, critical-illness and assistance status, the personal account, and the cross-region
 * filing. The caller has authorised access to `personId`.
 */
export async function getEntitlements(db: Db, personId: string, year: number, day: string, now: Date = new Date()): Promise<Entitlements | null> {
  const facts = await readEntitlementFacts(db, personId, year, day);
  if (!facts) return null;
  return entitlementsOf(facts, { personId, year, day, now, recentEntries: await listAccountEntries(db, personId, RECENT_ACCOUNT_ENTRIES) });
}

/** The entitlements made from what the database holds (readEntitlementFacts); the latest account entries are the screen's to read. */
export function entitlementsOf(facts: EntitlementFacts, at: { personId: string; year: number; day: string; now: Date; recentEntries: AccountEntryDto[] }): Entitlements {
  const { personId, year, day, now } = at;
  const { enrolment, accumulators, approvals, filing, balanceFen } = facts;
  const policy = enrolment ? getPolicy(enrolment.policyId) : undefined;
  const version = policy ? policyVersionOn(policy, day) : undefined;
  const subject = enrolment ? { personType: personTypeOf(enrolment.insurance, enrolment.status ?? undefined), age: ageOn(facts.birthDate, day) } : null;

  const buckets: EntitlementBucket[] = [];
  if (version && subject && enrolment) {
    const approved = new Set(approvals.map((a) => a.disease));
    const seen = new Set<string>();
    for (const candidate of version.benefits) {
      const { benefit } = candidate;
      if (!benefit.insurance.includes(enrolment.insurance)) continue;
      const diseases = benefit.bucketPerDisease ? (benefit.diseases ?? []).filter((d) => approved.has(d) || (accumulators.fundPaid[`${benefit.bucket}:${d}`] ?? 0) > 0) : [undefined];
      for (const disease of diseases) {
        const bucket = bucketOf(candidate, { kind: benefit.visitKinds[0]!, facilityLevel: 1, crossRegion: "none", disease });
        if (seen.has(bucket)) continue;
        seen.add(bucket);
        buckets.push(bucketEntitlement(version, candidate, bucket, disease ?? null, subject, accumulators));
      }
    }
  }

  const labels = policy?.diseases ?? {};
  const chronic: ChronicApprovalEntitlement[] = approvals.map((a) => {
    const bucket = buckets.find((b) => b.disease === a.disease) ?? null;
    const daysLeft = daysFrom(day, a.validTo);
    return {
      disease: a.disease,
      label: labels[a.disease] ?? { zh: a.disease, en: a.disease },
      validFrom: a.validFrom,
      validTo: a.validTo,
      daysLeft,
      endingSoon: daysLeft <= ENDING_SOON_DAYS,
      facility: a.facilityName !== null && a.facilityNameEn !== null ? { name: a.facilityName, nameEn: a.facilityNameEn } : null,
      bucket: bucket?.bucket ?? null,
      quota: bucket ? { capFen: bucket.capFen, usedFen: bucket.usedFen, remainingFen: bucket.remainingFen } : null,
    };
  });

  const filingDaysLeft = filing?.validTo ? daysFrom(day, filing.validTo) : null;

  return {
    personId,
    year,
    day,
    asOf: (latest(instant(facts.ledgerChangedAt), instant(facts.lastAccountEntryAt)) ?? now).toISOString(),
    policy: policy && version ? { id: policy.id, name: policy.name, version: version.version, source: policy.source } : null,
    insurance: enrolment?.insurance ?? null,
    buckets,
    chronicApprovals: chronic,
    supplementary: supplementaryStatus(version, enrolment && subject ? { insurance: enrolment.insurance, assistance: enrolment.assistance, ...subject } : null, accumulators),
    account: { hasAccount: enrolment?.insurance === "employee" || balanceFen !== 0, balanceFen, recentEntries: at.recentEntries },
    crossRegionFiling: filing
      ? {
          kind: filing.kind,
          placeName: filing.placeName,
          placeNameEn: filing.placeNameEn,
          validFrom: filing.validFrom,
          validTo: filing.validTo,
          daysLeft: filingDaysLeft,
          endingSoon: filingDaysLeft !== null && filingDaysLeft <= ENDING_SOON_DAYS,
        }
      : null,
  };
}

function bucketEntitlement(
  version: NonNullable<ReturnType<typeof policyVersionOn>>,
  candidate: NonNullable<ReturnType<typeof policyVersionOn>>["benefits"][number],
  bucket: string,
  disease: string | null,
  subject: Parameters<typeof benefitRule>[3],
  accumulators: Accumulators,
): EntitlementBucket {
  const rule = benefitRule(version, candidate, bucket, subject);
  const usedFen = accumulators.fundPaid[bucket] ?? 0;
  const paidFen = accumulators.deductiblePaid[bucket] ?? 0;
  const shared = rule.sharedCap;
  const sharedUsed = shared ? Object.entries(accumulators.fundPaid).filter(([b]) => shared.covers(b)).reduce((sum, [, v]) => sum + v, 0) : 0;
  const sharedCap = shared ? { id: shared.id, label: shared.label, capFen: shared.amount, usedFen: sharedUsed, remainingFen: Math.max(0, shared.amount - sharedUsed) } : null;
  const own = rule.capFen === null ? null : Math.max(0, rule.capFen - usedFen);
  const remainingFen = sharedCap === null ? own : own === null ? sharedCap.remainingFen : Math.min(own, sharedCap.remainingFen);
  const diseaseLabel = disease !== null ? version.policy.diseases?.[disease] : undefined;
  const { label } = candidate.benefit;
  return {
    bucket,
    benefitId: candidate.benefit.id,
    label,
    disease,
    diseaseLabel: diseaseLabel ?? null,
    usedFen,
    capFen: rule.capFen,
    remainingFen,
    sharedCap,
    deductible: {
      basis: rule.deductible.basis,
      amountFen: rule.deductible.amountFen,
      paidFen,
      remainingFen: rule.deductible.basis === "year" && rule.deductible.amountFen !== null ? Math.max(0, rule.deductible.amountFen - paidFen) : null,
    },
    policyScopeFen: accumulators.policyScopeAmount[bucket] ?? 0,
    rule: rule.facts,
    source: rule.source,
    unverified: rule.unverified,
  };
}
