import { and, eq, getTableColumns, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { fromJson, jsonRow, onlyRow, type Db, type SqlValue } from "@/lib/db";
import { accumulatorBuckets, accumulatorYears } from "@/lib/db/schema";
import { type Accumulators, type BucketAmounts, type Fen, type VisitKind, emptyAccumulators } from "@/lib/reimbursement";

/** Assistance paid per visit kind ↔ its column in accumulator_years. */
const ASSISTANCE_COLUMNS = {
  general_outpatient: "assistanceGeneralOutpatientFen",
  chronic_outpatient: "assistanceChronicOutpatientFen",
  inpatient: "assistanceInpatientFen",
  pharmacy: "assistancePharmacyFen",
} as const satisfies Record<VisitKind, keyof typeof accumulatorYears.$inferSelect>;

const VISIT_KINDS = Object.keys(ASSISTANCE_COLUMNS) as VisitKind[];

const BUCKET_FIGURES = {
  bucket: accumulatorBuckets.bucket,
  deductiblePaidFen: accumulatorBuckets.deductiblePaidFen,
  policyScopeFen: accumulatorBuckets.policyScopeFen,
  fundPaidFen: accumulatorBuckets.fundPaidFen,
};
const { personId: _person, year: _year, ...YEAR_FIGURES } = getTableColumns(accumulatorYears);

type BucketRow = { [K in keyof typeof BUCKET_FIGURES]: (typeof accumulatorBuckets.$inferSelect)[K] };
type YearRow = Omit<typeof accumulatorYears.$inferSelect, "personId" | "year">;

/** The stored accumulators of one person-year as one JSON value, to read within a larger statement (accumulatorsFromJson reads it). */
export function accumulatorsJson(personId: SqlValue<string>, year: SqlValue<number>): SQL {
  return sql`json_build_object(
    'buckets', (select json_agg(${jsonRow(BUCKET_FIGURES)}) from ${accumulatorBuckets} where ${and(eq(accumulatorBuckets.personId, personId), eq(accumulatorBuckets.year, year))}),
    'totals', (select ${jsonRow(YEAR_FIGURES)} from ${accumulatorYears} where ${and(eq(accumulatorYears.personId, personId), eq(accumulatorYears.year, year))}))`;
}

/** What accumulatorsJson read, as the engine's accumulators; missing rows and zero figures count as zero. */
export function accumulatorsFromJson(value: unknown): Accumulators {
  const { buckets, totals } = fromJson<{ buckets: BucketRow[] | null; totals: YearRow | null }>(value);
  const result = emptyAccumulators();
  // Zero figures are left out (as the engine does), so a bucket a reversal brought back to zero
  // reads the same as one never used.
  for (const row of buckets ?? []) {
    if (row.deductiblePaidFen !== 0) result.deductiblePaid[row.bucket] = row.deductiblePaidFen;
    if (row.policyScopeFen !== 0) result.policyScopeAmount[row.bucket] = row.policyScopeFen;
    if (row.fundPaidFen !== 0) result.fundPaid[row.bucket] = row.fundPaidFen;
  }
  if (totals) {
    result.criticalIllnessBurden = totals.criticalIllnessBurdenFen;
    result.criticalIllnessPaid = totals.criticalIllnessPaidFen;
    result.largeAmountPaid = totals.largeAmountPaidFen;
    result.assistanceBurden = totals.assistanceBurdenFen;
    for (const kind of VISIT_KINDS) {
      const paid = totals[ASSISTANCE_COLUMNS[kind]];
      if (paid !== 0) result.assistancePaid[kind] = paid;
    }
  }
  return result;
}

/** A person's year-to-date accumulators as stored (one statement). */
export async function loadAccumulators(db: Db, personId: string, year: number): Promise<Accumulators> {
  const row = onlyRow<{ accumulators: unknown }>(await db.execute(sql`select ${accumulatorsJson(personId, year)} as accumulators`));
  return accumulatorsFromJson(row!.accumulators);
}

function bucketsOf(a: Accumulators): string[] {
  return [...new Set([...Object.keys(a.deductiblePaid), ...Object.keys(a.policyScopeAmount), ...Object.keys(a.fundPaid)])];
}

/**
 * The writes that bring one person-year's stored accumulators from `previous` to `next`: an
 * upsert of the buckets that differ (one statement for all of them) and of the year's totals
 * when they differ; none when nothing changed. The caller holds the person's ledger lock, so
 * absolute values are safe to write. Settling runs them inside its one write statement.
 */
export function accumulatorWrites(db: Db, personId: string, year: number, previous: Accumulators, next: Accumulators): SQLWrapper[] {
  const writes: SQLWrapper[] = [];
  const changed = [];
  // Both sides: a reversal may bring a bucket back to zero, which the maps leave out.
  for (const bucket of new Set([...bucketsOf(previous), ...bucketsOf(next)])) {
    const values = {
      deductiblePaidFen: next.deductiblePaid[bucket] ?? 0,
      policyScopeFen: next.policyScopeAmount[bucket] ?? 0,
      fundPaidFen: next.fundPaid[bucket] ?? 0,
    };
    const unchanged =
      values.deductiblePaidFen === (previous.deductiblePaid[bucket] ?? 0) &&
      values.policyScopeFen === (previous.policyScopeAmount[bucket] ?? 0) &&
      values.fundPaidFen === (previous.fundPaid[bucket] ?? 0);
    if (!unchanged) changed.push({ personId, year, bucket, ...values });
  }
  if (changed.length > 0) {
    writes.push(
      db
        .insert(accumulatorBuckets)
        .values(changed)
        .onConflictDoUpdate({
          target: [accumulatorBuckets.personId, accumulatorBuckets.year, accumulatorBuckets.bucket],
          set: { deductiblePaidFen: sql`excluded.deductible_paid_fen`, policyScopeFen: sql`excluded.policy_scope_fen`, fundPaidFen: sql`excluded.fund_paid_fen` },
        }),
    );
  }
  if (sameYearTotals(previous, next)) return writes;
  const totals = {
    criticalIllnessBurdenFen: next.criticalIllnessBurden,
    criticalIllnessPaidFen: next.criticalIllnessPaid,
    largeAmountPaidFen: next.largeAmountPaid,
    assistanceBurdenFen: next.assistanceBurden,
    assistanceGeneralOutpatientFen: next.assistancePaid.general_outpatient ?? 0,
    assistanceChronicOutpatientFen: next.assistancePaid.chronic_outpatient ?? 0,
    assistanceInpatientFen: next.assistancePaid.inpatient ?? 0,
    assistancePharmacyFen: next.assistancePaid.pharmacy ?? 0,
  };
  writes.push(db.insert(accumulatorYears).values({ personId, year, ...totals }).onConflictDoUpdate({ target: [accumulatorYears.personId, accumulatorYears.year], set: totals }));
  return writes;
}

/** Writes the accumulators of one person-year (see accumulatorWrites). */
export async function saveAccumulators(db: Db, personId: string, year: number, previous: Accumulators, next: Accumulators): Promise<void> {
  for (const write of accumulatorWrites(db, personId, year, previous, next)) await db.execute(write.getSQL());
}

function sameYearTotals(a: Accumulators, b: Accumulators): boolean {
  return (
    a.criticalIllnessBurden === b.criticalIllnessBurden &&
    a.criticalIllnessPaid === b.criticalIllnessPaid &&
    a.largeAmountPaid === b.largeAmountPaid &&
    a.assistanceBurden === b.assistanceBurden &&
    VISIT_KINDS.every((kind) => (a.assistancePaid[kind] ?? 0) === (b.assistancePaid[kind] ?? 0))
  );
}

function combineAmounts(a: BucketAmounts, b: BucketAmounts, sign: 1 | -1): BucketAmounts {
  const out: BucketAmounts = { ...a };
  for (const [bucket, amount] of Object.entries(b)) {
    const value = (out[bucket] ?? 0) + sign * amount;
    if (value === 0) delete out[bucket];
    else out[bucket] = value;
  }
  return out;
}

function combineKinds(a: Accumulators["assistancePaid"], b: Accumulators["assistancePaid"], sign: 1 | -1): Accumulators["assistancePaid"] {
  const out: Accumulators["assistancePaid"] = { ...a };
  for (const kind of VISIT_KINDS) {
    const value = (out[kind] ?? 0) + sign * (b[kind] ?? 0);
    if (value === 0) delete out[kind];
    else out[kind] = value;
  }
  return out;
}

/** a + sign × b, figure by figure; zero figures are dropped from the bucket maps. */
export function combineAccumulators(a: Accumulators, b: Accumulators, sign: 1 | -1): Accumulators {
  return {
    deductiblePaid: combineAmounts(a.deductiblePaid, b.deductiblePaid, sign),
    policyScopeAmount: combineAmounts(a.policyScopeAmount, b.policyScopeAmount, sign),
    fundPaid: combineAmounts(a.fundPaid, b.fundPaid, sign),
    criticalIllnessBurden: a.criticalIllnessBurden + sign * b.criticalIllnessBurden,
    criticalIllnessPaid: a.criticalIllnessPaid + sign * b.criticalIllnessPaid,
    largeAmountPaid: a.largeAmountPaid + sign * b.largeAmountPaid,
    assistanceBurden: a.assistanceBurden + sign * b.assistanceBurden,
    assistancePaid: combineKinds(a.assistancePaid, b.assistancePaid, sign),
  };
}

/** What one settlement added: its accumulators after minus before. */
export function settlementIncrement(before: Accumulators, after: Accumulators): Accumulators {
  return combineAccumulators(after, before, -1);
}

/** Every figure as a flat list of [name, fen], for comparisons and messages. */
export function flattenAccumulators(a: Accumulators): Array<[string, Fen]> {
  const rows: Array<[string, Fen]> = [];
  for (const [bucket, v] of Object.entries(a.deductiblePaid)) rows.push([`deductiblePaid.${bucket}`, v]);
  for (const [bucket, v] of Object.entries(a.policyScopeAmount)) rows.push([`policyScopeAmount.${bucket}`, v]);
  for (const [bucket, v] of Object.entries(a.fundPaid)) rows.push([`fundPaid.${bucket}`, v]);
  rows.push(["criticalIllnessBurden", a.criticalIllnessBurden], ["criticalIllnessPaid", a.criticalIllnessPaid]);
  rows.push(["largeAmountPaid", a.largeAmountPaid], ["assistanceBurden", a.assistanceBurden]);
  for (const kind of VISIT_KINDS) rows.push([`assistancePaid.${kind}`, a.assistancePaid[kind] ?? 0]);
  return rows;
}

/** The figures that differ between two accumulators (missing counts as zero). */
export function accumulatorDifferences(expected: Accumulators, actual: Accumulators): Array<{ figure: string; expected: Fen; actual: Fen }> {
  const want = new Map(flattenAccumulators(expected));
  const have = new Map(flattenAccumulators(actual));
  const differences: Array<{ figure: string; expected: Fen; actual: Fen }> = [];
  for (const figure of new Set([...want.keys(), ...have.keys()])) {
    const e = want.get(figure) ?? 0;
    const a = have.get(figure) ?? 0;
    if (e !== a) differences.push({ figure, expected: e, actual: a });
  }
  return differences.sort((x, y) => (x.figure < y.figure ? -1 : 1));
}

/** True when any figure is below zero (a reversal that would do this means the ledger is damaged). */
export function hasNegativeFigure(a: Accumulators): boolean {
  return flattenAccumulators(a).some(([, v]) => v < 0);
}
