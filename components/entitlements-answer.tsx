import { bucketLabel, format, formatFen, type Locale, type Messages } from "@/lib/i18n/client";
import type { EntitlementBucket, Entitlements } from "@/lib/ledger/client";

type M = Messages["entitlements"];
type BenefitWord = keyof M["answer"]["benefits"];

/** The benefit people ask about first: general outpatient care, then pharmacy, then a stay in hospital. */
const FIRST_ASKED = ["general_outpatient", "pharmacy", "inpatient"] as const;

/** The bucket the answer is about: the most asked-about general one (per-disease quotas have their own cards). */
export function headlineBucket(buckets: EntitlementBucket[]): EntitlementBucket | null {
  const general = buckets.filter((b) => b.disease === null);
  for (const id of FIRST_ASKED) {
    const found = general.find((b) => b.bucket === id);
    if (found) return found;
  }
  return general[0] ?? buckets[0] ?? null;
}

/**
 * What is left this year, in one sentence first ("今年普通门诊还可报销 ¥2,500.00"); then, when
 * it applies, what must still be paid before the insurance starts paying, and the account balance.
 */
export function EntitlementsAnswer({ data, withBalance = true, locale, m }: {
  data: Pick<Entitlements, "buckets" | "account">;
  /** Off where the balance has a card of its own (home). */
  withBalance?: boolean;
  locale: Locale;
  m: M;
}) {
  const bucket = headlineBucket(data.buckets);
  if (!bucket) return null;
  const benefit = bucket.bucket in m.answer.benefits ? m.answer.benefits[bucket.bucket as BenefitWord] : bucketLabel(bucket, locale);
  const headline = bucket.remainingFen === null
    ? format(m.answer.noCap, { benefit })
    : bucket.remainingFen === 0
      ? format(m.answer.usedUp, { benefit })
      : format(m.answer.remaining, { benefit, amount: formatFen(bucket.remainingFen) });
  const toGo = bucket.deductible.basis === "year" ? (bucket.deductible.remainingFen ?? 0) : 0;
  return (
    <div className="space-y-1" data-testid="entitlements-answer">
      <p className="text-xl font-semibold leading-relaxed" data-testid="entitlements-headline">{headline}</p>
      {toGo > 0 ? <p>{format(m.answer.deductibleToGo, { benefit, amount: formatFen(toGo) })}</p> : null}
      {withBalance && data.account.hasAccount ? <p>{format(m.answer.balance, { amount: formatFen(data.account.balanceFen) })}</p> : null}
    </div>
  );
}
