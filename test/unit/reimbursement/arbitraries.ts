/**
 * fast-check generators of random policies (in the documented schema) and
 * random requests against them, for the property tests.
 */
import fc from "fast-check";
import { type Policy, type PolicyInput, formatYuan, policySchema } from "@/lib/reimbursement";

const FROM = "2020-01-01";
const SOURCE = "generated";
const DISEASES = ["hypertension", "diabetes", "dialysis"] as const;
const VISIT_KINDS = ["general_outpatient", "chronic_outpatient", "inpatient", "pharmacy"] as const;
const BUCKETS: Record<(typeof VISIT_KINDS)[number], string> = { general_outpatient: "general_outpatient", pharmacy: "general_outpatient", chronic_outpatient: "chronic", inpatient: "inpatient" };

/** Yuan text of a fen amount. */
const yuan = (fen: number) => formatYuan(fen);
/** Ratio text of basis points. */
const ratio = (bp: number) => (bp === 10000 ? "1" : `0.${String(bp).padStart(4, "0")}`);

const fenSmall = fc.integer({ min: 0, max: 300_000 });
const fenAny = fc.oneof(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 200_000_000 }));
const bp = fc.integer({ min: 0, max: 10000 });
const capFen = fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null });
const dated = <T>(value: T) => [{ from: FROM, value, source: SOURCE }];

/** Ascending band limits; the last band is open. */
const bands = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 20_000_000 }), { minLength: 0, maxLength: 3 }), fc.array(bp, { minLength: 4, maxLength: 4 }))
  .map(([limits, ratios]) => {
    const sorted = [...limits].sort((a, b) => a - b);
    return [...sorted.map((upTo, i) => ({ upTo: yuan(upTo), ratio: ratio(ratios[i] ?? 0) })), { upTo: null, ratio: ratio(ratios[sorted.length] ?? 0) }];
  });

/** What bands measure and whether they restart with each admission. */
const bandKind = fc.record({
  bandsOn: fc.option(fc.constantFrom("policy_scope" as const, "fund_paid" as const), { nil: undefined }),
  bandBasis: fc.option(fc.constantFrom("year" as const, "admission" as const), { nil: undefined }),
});

/** Ratio rows by person type and level, always ending with a row for everyone. */
const ratioRows = fc.tuple(fc.boolean(), bp, bp, bands, bandKind, bands, bandKind).map(([levelled, a, b, banded, kind, otherBands, otherKind]) => ({
  rows: [
    ...(levelled ? [{ when: { personTypes: ["employee_retired" as const], facilityLevels: [0 as const, 1 as const] }, ratio: ratio(a) }] : []),
    ...(banded.length > 1 ? [{ when: { facilityLevels: [3 as const] }, bands: banded, ...definedOnly(kind) }] : []),
    ...(otherBands.length > 1 ? [{ when: { facilityLevels: [2 as const] }, bands: otherBands, ...definedOnly(otherKind) }] : []),
    { ratio: ratio(b) },
  ],
}));

function definedOnly<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

const schedule = fc.oneof(
  fc.record({ factors: fc.array(bp, { minLength: 1, maxLength: 3 }), floor: fc.option(fenSmall, { nil: undefined }) }).map(({ factors, floor }) => ({ kind: "factors" as const, factors: factors.map(ratio), ...(floor === undefined ? {} : { floor: yuan(floor) }) })),
  fc.record({ each: bp, floor: fenSmall }).map(({ each, floor }) => ({ kind: "reduction" as const, each: ratio(each), floor: yuan(floor) })),
);

const deductibleRule = fc
  .record({
    basis: fc.constantFrom("year", "month", "visit", "admission"),
    appliesTo: fc.option(fc.constantFrom("bill" as const, "fund_payment" as const), { nil: undefined }),
    amount: fenSmall,
    levelAmount: fenSmall,
    schedule: fc.option(schedule, { nil: undefined }),
    onReferral: fc.option(fc.constantFrom("pay_difference", "charge_again"), { nil: undefined }),
  })
  .map(({ basis, appliesTo, amount, levelAmount, schedule: admissionSchedule, onReferral }) => ({
    basis,
    ...(appliesTo ? { appliesTo } : {}),
    amounts: [{ when: { facilityLevels: [3 as const] }, amount: yuan(levelAmount) }, { amount: yuan(amount) }],
    ...(basis === "admission" && admissionSchedule ? { admissionSchedule } : {}),
    ...(onReferral ? { onReferral } : {}),
  }));

type BenefitInput = PolicyInput["benefits"][number];
type DeductibleInput = BenefitInput["deductible"][number]["value"];
type RatioInput = BenefitInput["ratio"][number]["value"];

function benefitFor(kind: (typeof VISIT_KINDS)[number], deductible: DeductibleInput, ratios: RatioInput, cap: number | null, chosenClinic: boolean, accountFirst: boolean): BenefitInput {
  return {
    id: kind,
    label: { zh: kind, en: kind },
    bucket: BUCKETS[kind],
    ...(kind === "chronic_outpatient" ? { bucketPerDisease: true, diseases: [...DISEASES] } : {}),
    visitKinds: [kind],
    insurance: ["employee" as const, "resident" as const],
    deductible: dated(deductible),
    ratio: dated(ratios),
    cap: dated({ rows: [{ amount: cap === null ? null : yuan(cap) }] }),
    ...(kind === "general_outpatient" && chosenClinic ? { chosenClinic: dated({ required: true, allianceCounts: true, referralCounts: false }) } : {}),
    ...(accountFirst ? { currentYearAccountFirst: dated(true) } : {}),
  };
}

const benefitParts = fc.record({ deductible: deductibleRule, ratios: ratioRows, cap: capFen, chosenClinic: fc.boolean(), accountFirst: fc.boolean() });

/** Codes of listed items that some generated policies settle by their own share. */
export const SETTLED_CODES = ["IMPLANT-1", "IMPLANT-2"] as const;

const criticalRule = fc.record({ threshold: fenSmall, segments: bands, cap: capFen, lowIncome: fc.boolean(), factor: bp, increase: bp, noCap: fc.boolean(), deductibleCounts: fc.option(fc.boolean(), { nil: undefined }) });
type CriticalParts = typeof criticalRule extends fc.Arbitrary<infer T> ? T : never;

function criticalFor(insurance: "employee" | "resident", c: CriticalParts) {
  return {
    insurance: [insurance],
    visitKinds: ["inpatient" as const, "chronic_outpatient" as const],
    ...(c.deductibleCounts === undefined ? {} : { deductibleCounts: c.deductibleCounts }),
    threshold: yuan(c.threshold),
    segments: c.segments,
    annualCap: c.cap === null ? null : yuan(c.cap),
    ...(c.lowIncome ? { lowIncome: { groups: ["subsistence" as const, "extreme_poverty" as const], thresholdFactor: ratio(c.factor), ratioIncrease: ratio(c.increase), noCap: c.noCap } } : {}),
  };
}

export const policyArbitrary: fc.Arbitrary<PolicyInput> = fc
  .record({
    classB: bp,
    parts: fc.array(benefitParts, { minLength: 4, maxLength: 4 }),
    sharedCap: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
    crossRegion: fc.option(fc.array(bp, { minLength: 4, maxLength: 4 }), { nil: undefined }),
    firstSelfPay: fc.option(fc.tuple(bp, bp, bp), { nil: undefined }),
    settled: fc.option(fc.tuple(bp, bp), { nil: undefined }),
    account: fc.option(fc.record({ paysFullOwnPay: fc.boolean(), paysOverLimit: fc.boolean(), familyMutualAid: fc.boolean() }), { nil: undefined }),
    critical: fc.option(criticalRule, { nil: undefined }),
    employeeCritical: fc.option(criticalRule, { nil: undefined }),
    large: fc.option(fc.record({ ratio: bp, cap: capFen }), { nil: undefined }),
    assistance: fc.option(
      fc.record({
        threshold: fenSmall,
        ratio: bp,
        limit: capFen,
        outpatientLimit: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined }),
        further: fc.option(fc.array(fc.record({ threshold: fenSmall, ratio: bp }), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
  })
  .map((p) => ({
    id: "GENERATED",
    name: { zh: "随机政策", en: "Generated policy" },
    source: SOURCE,
    diseases: Object.fromEntries(DISEASES.map((d) => [d, { zh: d, en: d }])),
    classBSelfPayShare: dated(ratio(p.classB)),
    benefits: VISIT_KINDS.map((kind, i) => {
      const parts = p.parts[i];
      if (!parts) throw new Error("missing benefit parts");
      return benefitFor(kind, parts.deductible, parts.ratios, parts.cap, parts.chosenClinic, parts.accountFirst);
    }),
    ...(p.sharedCap !== undefined ? { sharedCaps: [{ id: "outpatient_total", label: { zh: "门诊合计", en: "Outpatient total" }, buckets: ["general_outpatient", "chronic:*"], cap: dated({ rows: [{ amount: yuan(p.sharedCap) }] }) }] } : {}),
    ...(p.crossRegion
      ? {
          crossRegion: dated({
            ...(p.firstSelfPay ? { filed: { ratioReduction: "0", deductibleIncrease: "0", firstSelfPay: ratio(p.firstSelfPay[0]) } } : {}),
            unfiled_referral: { ratioReduction: ratio(p.crossRegion[0] ?? 0), deductibleIncrease: ratio(p.crossRegion[1] ?? 0), ...(p.firstSelfPay ? { firstSelfPay: ratio(p.firstSelfPay[1]) } : {}) },
            unfiled_other: { ratioReduction: ratio(p.crossRegion[2] ?? 0), deductibleIncrease: ratio(p.crossRegion[3] ?? 0), ...(p.firstSelfPay ? { firstSelfPay: ratio(p.firstSelfPay[2]) } : {}) },
          }),
        }
      : {}),
    ...(p.account ? { personalAccount: dated(p.account) } : {}),
    ...(p.critical
      ? { criticalIllness: dated(p.employeeCritical ? [criticalFor("resident", p.critical), criticalFor("employee", p.employeeCritical)] : criticalFor("resident", p.critical)) }
      : {}),
    ...(p.settled
      ? {
          settledItems: dated([
            { id: "implant_one", label: { zh: "植入物一", en: "Implant one" }, codes: [SETTLED_CODES[0]], personalShare: ratio(p.settled[0]) },
            { id: "implant_two", label: { zh: "植入物二", en: "Implant two" }, codes: [SETTLED_CODES[1]], personalShare: ratio(p.settled[1]) },
          ]),
        }
      : {}),
    ...(p.large ? { largeAmount: dated({ insurance: ["employee" as const], buckets: ["inpatient", "chronic:*"], ratio: ratio(p.large.ratio), annualCap: p.large.cap === null ? null : yuan(p.large.cap) }) } : {}),
    ...(p.assistance
      ? {
          assistance: dated({
            groups: {
              extreme_poverty: { threshold: "0", ratio: "1" },
              subsistence: { threshold: yuan(p.assistance.threshold), ratio: ratio(p.assistance.ratio), ...(p.assistance.further ? { further: p.assistance.further.map((tier) => ({ threshold: yuan(tier.threshold), ratio: ratio(tier.ratio) })) } : {}) },
              near_subsistence: { threshold: yuan(p.assistance.threshold * 2), ratio: ratio(Math.floor(p.assistance.ratio / 2)) },
            },
            visitKinds: [...VISIT_KINDS],
            annualLimit: p.assistance.limit === null ? null : yuan(p.assistance.limit),
            ...(p.assistance.outpatientLimit !== undefined ? { limitsByVisitKind: [{ visitKinds: ["general_outpatient" as const, "pharmacy" as const], limit: yuan(p.assistance.outpatientLimit) }] } : {}),
          }),
        }
      : {}),
  }));

/** A unit price (more than 0) and up to 20 units: at most 500 000 yuan a line, so that 25 lines stay within the largest bill accepted. */
const unitPrice = fc.oneof(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 250_000 }), fc.integer({ min: 1, max: 2_500_000 }));

/** A bill line as unit price × quantity = amount (lib/reimbursement/bill-line.ts); sent as the amount, the unit price or both. */
const line = fc
  .record({
    code: fc.option(fc.constantFrom(...SETTLED_CODES, "OTHER-ITEM"), { nil: undefined }),
    class: fc.constantFrom("A", "B", "C"),
    unitPrice,
    selfPayRatio: fc.option(bp, { nil: undefined }),
    priceCeiling: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
    quantity: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    sentAs: fc.constantFrom("amount", "unitPrice", "both"),
  })
  .map(({ unitPrice: price, sentAs, ...rest }) => ({ ...rest, amount: price * (rest.quantity ?? 1), unitPrice: price, sentAs }));

const person = fc.oneof(
  fc.record({ insurance: fc.constant("employee"), status: fc.constantFrom("active", "retired"), age: fc.option(fc.integer({ min: 18, max: 100 }), { nil: undefined }), assistance: fc.constantFrom("none", "subsistence") }),
  fc.record({ insurance: fc.constant("resident"), age: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), assistance: fc.constantFrom("none", "extreme_poverty", "subsistence", "near_subsistence") }),
);

const visit = fc.record({
  kind: fc.constantFrom(...VISIT_KINDS),
  facilityLevel: fc.constantFrom(0, 1, 2, 3),
  disease: fc.constantFrom(...DISEASES),
  admissionOfYear: fc.integer({ min: 1, max: 8 }),
  referralFrom: fc.option(fc.record({ facilityLevel: fc.constantFrom(0, 1, 2, 3), deductiblePaid: fenSmall.map(yuan) }), { nil: undefined }),
  crossRegion: fc.constantFrom("none", "filed", "unfiled_referral", "unfiled_other"),
  chosenClinic: fc.constantFrom("chosen", "alliance", "referred", "other"),
});

const bucketAmounts = fc.record({ general_outpatient: fenAny, "chronic:hypertension": fenAny, "chronic:diabetes": fenAny, inpatient: fenAny });

const accumulators = fc.record(
  {
    deductiblePaid: bucketAmounts,
    policyScopeAmount: bucketAmounts,
    fundPaid: bucketAmounts,
    criticalIllnessBurden: fenAny,
    criticalIllnessPaid: fenAny,
    largeAmountPaid: fenAny,
    assistanceBurden: fenAny,
    assistancePaid: fc.record({ general_outpatient: fenAny, inpatient: fenAny }),
  },
  { requiredKeys: [] },
);

function yuanRecord(record: Record<string, number | Record<string, number>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === "number" ? yuan(value) : yuanRecord(value)]));
}

/**
 * Random policies, generated once from a fixed seed and validated once: each
 * case settles against one of them by id, so a run costs a bill, not a policy
 * parse. (Inline policies are exercised by the determinism property.)
 */
export const POLICY_POOL_SIZE = 300;
const POOL_SEED = 20230601;

export const generatedPolicies: ReadonlyArray<{ id: string; input: PolicyInput; policy: Policy }> = fc
  .sample(policyArbitrary, { numRuns: POLICY_POOL_SIZE, seed: POOL_SEED })
  .map((input, index) => {
    const id = `GENERATED-${index}`;
    return { id, input: { ...input, id }, policy: policySchema.parse({ ...input, id }) };
  });

const byId = new Map(generatedPolicies.map((entry) => [entry.id, entry.policy]));

/** The `findPolicy` option of estimate() for the generated policies. */
export function findGeneratedPolicy(id: string): Policy | undefined {
  return byId.get(id);
}

export interface GeneratedCase {
  /** The request, naming its policy by id. */
  request: Record<string, unknown>;
  /** The same policy as written (for an inline request) and as validated. */
  policyInput: PolicyInput;
  policy: Policy;
}

/** A random bill, person, visit, accumulators and account against one of the generated policies (amounts as yuan text). */
export const caseArbitrary: fc.Arbitrary<GeneratedCase> = fc
  .record({
    policyIndex: fc.integer({ min: 0, max: POLICY_POOL_SIZE - 1 }),
    person,
    visit,
    items: fc.array(line, { maxLength: 25 }),
    accumulators: fc.option(accumulators, { nil: undefined }),
    account: fc.option(fc.record({ balance: fenAny, use: fc.boolean(), currentYear: fc.option(bp, { nil: undefined }) }), { nil: undefined }),
  })
  .map(({ policyIndex, person: p, visit: v, items, accumulators: acc, account }) => {
    const generated = generatedPolicies[policyIndex];
    if (!generated) throw new Error(`no generated policy ${policyIndex}`);
    const { disease, ...rest } = v;
    const request: Record<string, unknown> = {
      policy: generated.id,
      serviceDate: "2023-06-01",
      person: Object.fromEntries(Object.entries(p).filter(([, value]) => value !== undefined)),
      visit: Object.fromEntries(Object.entries({ ...rest, ...(v.kind === "chronic_outpatient" ? { disease } : {}) }).filter(([, value]) => value !== undefined)),
      items: items.map((item) =>
        Object.fromEntries(
          Object.entries({
            code: item.code,
            class: item.class,
            amount: item.sentAs === "unitPrice" ? undefined : yuan(item.amount),
            unitPrice: item.sentAs === "amount" ? undefined : yuan(item.unitPrice),
            selfPayRatio: item.selfPayRatio === undefined ? undefined : ratio(item.selfPayRatio),
            priceCeiling: item.priceCeiling === undefined ? undefined : yuan(item.priceCeiling),
            quantity: item.quantity,
          }).filter(([, value]) => value !== undefined),
        ),
      ),
    };
    if (acc) request["accumulators"] = yuanRecord(acc);
    if (account) {
      // This year's credit as a share (basis points) of the balance.
      const currentYear = account.currentYear === undefined ? undefined : Math.floor((account.balance * account.currentYear) / 10_000);
      request["personalAccount"] = { balance: yuan(account.balance), use: account.use, owner: p.insurance === "resident" ? "family" : "self", ...(currentYear === undefined ? {} : { currentYearBalance: yuan(currentYear) }) };
    }
    return { request, policyInput: generated.input, policy: generated.policy };
  });
