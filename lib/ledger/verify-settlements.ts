/**
 * The settlements and the stored accumulators of one range of people, checked by the database in
 * one statement (verify.ts runs one per range, side by side). Reading the stored engine output into
 * Node cost more than the checks: PostgreSQL turned three JSON documents a settlement into text
 * and Node parsed them again. Here the figures are taken out of the documents in place (one read
 * of the compressed output, each document read once into a record), and only what is wrong comes back: the
 * counts, and the mismatches of the first person-years up to the limit, whatever the ledger's size.
 *
 * The statement means what `settlementIncrement`, `combineAccumulators` and
 * `accumulatorDifferences` (accumulators.ts) mean: a settlement's increment is its accumulators
 * after minus before, figure by figure, a figure or bucket absent on one side counting as zero;
 * a person-year's expected accumulators are the sum of the increments of its settled (not
 * reversed) settlements; they are compared with accumulator_years and accumulator_buckets with
 * full outer joins, so stored figures without settlements, or settlements without stored figures,
 * are found too. Reversed settlements are left out of the sums but their own figures are checked.
 */
import { sql } from "drizzle-orm";
import { databaseErrorOf, fromJson, type Db } from "@/lib/db";
import { accumulatorBuckets, accumulatorYears, settlements } from "@/lib/db/schema";
import type { PersonRange } from "./verify-reads";

/** [settlement id, check number (its order), what, expected, actual]. */
type Failure = [string, number, string, number | null, number | null];
/** [figure, expected, actual]. */
type Difference = [string, number, number];

export interface PersonYearMismatches {
  personId: string;
  year: number;
  /** The settlements' own checks that failed, in settlement id and check order. */
  failures: Array<{ settlementId: string; what: string; expected: number | null; actual: number | null }>;
  /** The accumulator figures that differ, by figure name (as accumulatorDifferences sorts them). */
  differences: Array<{ figure: string; expected: number; actual: number }>;
}

export interface RangeCheck {
  settlements: number;
  reversed: number;
  personYears: number;
  /** Every mismatch of the range, counted. */
  mismatchCount: number;
  /** The person-years with mismatches, in (person, year) order, until at least `limit` mismatches are kept. */
  first: PersonYearMismatches[];
}

// The accumulators documents are read once each into records (jsonb_to_record), whose figures
// are then plain columns: cheaper than looking each figure up in the document. A figure or bucket
// absent on one side counts as zero. Figures are bigint fen, whose arithmetic and sums cost less
// than numeric's (sums come out numeric, exact); a figure that is not a whole number of fen, which
// the engine never writes, stops the verification with an error instead of passing unseen.
const DOCUMENT = `"criticalIllnessBurden" bigint, "criticalIllnessPaid" bigint, "largeAmountPaid" bigint, "assistanceBurden" bigint,
  "assistancePaid" jsonb, "deductiblePaid" jsonb, "policyScopeAmount" jsonb, "fundPaid" jsonb`;
const increment = (name: string) => sql.raw(`coalesce(af."${name}", 0) - coalesce(b."${name}", 0)`);
/** A figure of a map (bucket → fen, visit kind → fen), keyed by an SQL expression. */
const mapIncrement = (map: string, key: string) => sql.raw(`coalesce((af."${map}"->>${key})::bigint, 0) - coalesce((b."${map}"->>${key})::bigint, 0)`);

const KINDS = ["general_outpatient", "chronic_outpatient", "inpatient", "pharmacy"] as const;
const YEAR_FIGURES = [
  ["criticalIllnessBurden", "cib", accumulatorYears.criticalIllnessBurdenFen],
  ["criticalIllnessPaid", "cip", accumulatorYears.criticalIllnessPaidFen],
  ["largeAmountPaid", "lap", accumulatorYears.largeAmountPaidFen],
  ["assistanceBurden", "ab", accumulatorYears.assistanceBurdenFen],
  ["assistancePaid.general_outpatient", "ap_general_outpatient", accumulatorYears.assistanceGeneralOutpatientFen],
  ["assistancePaid.chronic_outpatient", "ap_chronic_outpatient", accumulatorYears.assistanceChronicOutpatientFen],
  ["assistancePaid.inpatient", "ap_inpatient", accumulatorYears.assistanceInpatientFen],
  ["assistancePaid.pharmacy", "ap_pharmacy", accumulatorYears.assistancePharmacyFen],
] as const;

/** A settlement's checks, in the order they are reported: [what, expected, actual] over `a` (the stored amounts), `s` and `i`. */
const SETTLEMENT_CHECKS: Array<[string, string, string]> = [
  ["medfee_sumamt column", "a.medfee_sumamt", "s.medfee_sumamt_fen"],
  ["fund_pay_sumamt column", "a.fund_pay_sumamt", "s.fund_pay_sumamt_fen"],
  ["hifp_pay column", "a.hifp_pay", "s.hifp_pay_fen"],
  ["acct_pay column", "a.acct_pay", "s.acct_pay_fen"],
  ["psn_cash_pay column", "a.psn_cash_pay", "s.psn_cash_pay_fen"],
  ["medfee_sumamt = fund_pay_sumamt + psn_part_amt", "a.medfee_sumamt", "a.fund_pay_sumamt + a.psn_part_amt"],
  ["psn_part_amt = acct_pay + psn_cash_pay", "a.psn_part_amt", "a.acct_pay + a.psn_cash_pay"],
  ["fund_pay_sumamt = hifp + hifob + hifmi + maf", "a.fund_pay_sumamt", "a.hifp_pay + a.hifob_pay + a.hifmi_pay + a.maf_pay"],
  ["fund paid added = hifp_pay", "a.hifp_pay", "i.fund_added"],
  ["deductible added = act_pay_dedc", "a.act_pay_dedc", "i.deductible_added"],
  ["critical illness paid added = hifmi_pay", "a.hifmi_pay", "i.cip"],
  ["large amount paid added = hifob_pay", "a.hifob_pay", "i.lap"],
  ["assistance paid added = maf_pay", "a.maf_pay", "i.kind_added"],
];
const AMOUNTS = ["medfee_sumamt", "fund_pay_sumamt", "psn_part_amt", "acct_pay", "psn_cash_pay", "hifp_pay", "hifob_pay", "hifmi_pay", "maf_pay", "act_pay_dedc"];

// An absent amount makes its check fail (null is never equal), as it did when the document was
// compared in JavaScript; only the failing checks are listed, so a sound settlement costs one test.
const allEqual = SETTLEMENT_CHECKS.map(([, e, v]) => `${e} = ${v}`).join(" and ");
const checkRows = SETTLEMENT_CHECKS.map(([what, e, v], n) => `(${n + 1}, '${what}', ${e}, (${v})::bigint)`).join(",\n        ");

function inRange(column: string, range: PersonRange) {
  return range.to === null ? sql`${sql.raw(column)} >= ${range.from}` : sql`${sql.raw(column)} >= ${range.from} and ${sql.raw(column)} < ${range.to}`;
}

/**
 * One row per settlement and bucket named in any of its six bucket maps (one row with no bucket
 * when there is none): the bucket's three increments; on the settlement's first row only, its
 * year figures' increments, whether it is settled, and its failed checks.
 */
function settlementRows(range: PersonRange) {
  const bucketKeys = ["deductiblePaid", "policyScopeAmount", "fundPaid"].flatMap((map) => [`af."${map}"`, `b."${map}"`]);
  const kinds = KINDS.map((kind) => `${kind} bigint`).join(", ");
  return sql`
    select s.person_id, s.year, s.status = 'settled' as settled, k.bucket, coalesce(k.ord, 1) = 1 as first,
      ${mapIncrement("deductiblePaid", "k.bucket")} as dp, ${mapIncrement("policyScopeAmount", "k.bucket")} as ps, ${mapIncrement("fundPaid", "k.bucket")} as fp,
      i.cib, i.cip, i.lap, i.ab, ${sql.join(KINDS.map((kind) => sql.raw(`i.ap_${kind}`)), sql`, `)}, f.failures
    from ${settlements} s
    -- One read of the stored output (compressed, apart from the row): the two parts checked.
    cross join lateral jsonb_to_record(s.result) as r(amounts jsonb, "accumulatorsAfter" jsonb)
    cross join lateral jsonb_to_record(r.amounts) as a(${sql.raw(AMOUNTS.map((name) => `${name} bigint`).join(", "))})
    cross join lateral jsonb_to_record(s.accumulators_before) as b(${sql.raw(DOCUMENT)})
    cross join lateral jsonb_to_record(r."accumulatorsAfter") as af(${sql.raw(DOCUMENT)})
    cross join lateral jsonb_to_record(b."assistancePaid") as bk(${sql.raw(kinds)})
    cross join lateral jsonb_to_record(af."assistancePaid") as afk(${sql.raw(kinds)})
    -- "offset 0" keeps the increments a step of their own: computed once per settlement, not once
    -- per place the planner would otherwise copy their expressions to.
    cross join lateral (select
      ${increment("criticalIllnessBurden")} as cib, ${increment("criticalIllnessPaid")} as cip,
      ${increment("largeAmountPaid")} as lap, ${increment("assistanceBurden")} as ab,
      ${sql.raw(KINDS.map((kind) => `coalesce(afk.${kind}, 0) - coalesce(bk.${kind}, 0) as ap_${kind}`).join(", "))},
      ${mapIncrement("assistancePaid", "s.visit_kind")} as kind_added,
      case when s.bucket is null then 0 else ${mapIncrement("fundPaid", "s.bucket")} end as fund_added,
      case when s.bucket is null then 0 else ${mapIncrement("deductiblePaid", "s.bucket")} end as deductible_added
    offset 0) i
    cross join lateral (select case when coalesce(${sql.raw(allEqual)}, false) then null else (
      select jsonb_agg(jsonb_build_array(s.id, c.n, c.what, c.e, c.v)) from (values
        ${sql.raw(checkRows)}
      ) c(n, what, e, v) where not coalesce(c.e = c.v, false)) end as failures offset 0) f
    left join lateral jsonb_object_keys(${sql.raw(bucketKeys.map((map) => `coalesce(${map}, '{}')`).join(" || "))}) with ordinality as k(bucket, ord) on true
    where ${inRange("s.person_id", range)}`;
}

/**
 * The statement's settings, for its transaction only: no JIT (compiling its many expressions costs
 * PostgreSQL about a second per statement, more than it saves), no memoising of the per-settlement
 * steps (their keys are whole documents, rarely seen twice in a real ledger), and no parallel
 * workers (verifyLedger already runs one statement per core).
 */
const SETTINGS = ["set local jit = off", "set local enable_memoize = off", "set local max_parallel_workers_per_gather = 0"];

export async function checkRange(db: Db, range: PersonRange, limit: number): Promise<RangeCheck> {
  try {
    return await db.transaction(async (tx) => {
      for (const setting of SETTINGS) await tx.execute(sql.raw(setting));
      return checkRangeWith(tx as unknown as Db, range, limit);
    });
  } catch (error) {
    // 22P02 / 22003: a stored figure that is no whole number of fen (or out of range) could not be read as bigint.
    const cause = databaseErrorOf(error);
    if (cause?.code === "22P02" || cause?.code === "22003") throw new LedgerDamagedError(`a stored engine output holds a figure that is not a whole number of fen (${String(cause.message)})`);
    throw error;
  }
}

/** The ledger holds what the engine never writes, so that the verification cannot go on: said plainly, not as a database error. */
export class LedgerDamagedError extends Error {
  constructor(detail: string) {
    super(`The ledger is damaged: ${detail}. The verification stopped; nothing was changed.`);
    this.name = "LedgerDamagedError";
  }
}

async function checkRangeWith(db: Db, range: PersonRange, limit: number): Promise<RangeCheck> {
  const settledFirst = (name: string) => sql.raw(`sum(${name}) filter (where first and settled) as ${name}`);
  const yearSums = YEAR_FIGURES.map(([, name]) => sql.raw(`coalesce(sum(${name}), 0) as ${name}`));
  const result = (await db.execute(sql`
    with s as (${settlementRows(range)}
    ), by_bucket as (
      select person_id, year, bucket,
        coalesce(sum(dp) filter (where settled), 0) as dp, coalesce(sum(ps) filter (where settled), 0) as ps, coalesce(sum(fp) filter (where settled), 0) as fp,
        count(*) filter (where first) as settlements, count(*) filter (where first and not settled) as reversed,
        ${sql.join(YEAR_FIGURES.map(([, name]) => settledFirst(name)), sql`, `)},
        jsonb_agg(failures) filter (where first and failures is not null) as failures,
        sum(jsonb_array_length(failures)) filter (where first) as failure_count
      from s group by person_id, year, bucket
    ), bucket_checked as (
      select person_id, year, e.settlements, e.reversed, ${sql.raw(YEAR_FIGURES.map(([, name]) => `e.${name}`).join(", "))}, e.failures, e.failure_count,
        d.differences, d.count as difference_count
      from by_bucket e full join (select * from ${accumulatorBuckets} where ${inRange("person_id", range)}) st using (person_id, year, bucket)
      cross join lateral (
        select jsonb_agg(jsonb_build_array(v.figure, v.expected, v.actual)) as differences, count(*) as count from (values
          ('deductiblePaid.' || bucket, coalesce(e.dp, 0), coalesce(st.deductible_paid_fen, 0)::numeric),
          ('policyScopeAmount.' || bucket, coalesce(e.ps, 0), coalesce(st.policy_scope_fen, 0)::numeric),
          ('fundPaid.' || bucket, coalesce(e.fp, 0), coalesce(st.fund_paid_fen, 0)::numeric)
        ) v(figure, expected, actual) where v.expected <> v.actual
      ) d
    ), by_year as (
      select person_id, year, coalesce(sum(settlements), 0) as settlements, coalesce(sum(reversed), 0) as reversed, ${sql.join(yearSums, sql`, `)},
        jsonb_agg(failures) filter (where failures is not null) as failures, coalesce(sum(failure_count), 0) as failure_count,
        jsonb_agg(differences) filter (where differences is not null) as bucket_differences, coalesce(sum(difference_count), 0) as bucket_difference_count
      from bucket_checked group by person_id, year
    ), checked as (
      select person_id, year, coalesce(e.settlements, 0) as settlements, coalesce(e.reversed, 0) as reversed, e.failures, coalesce(e.failure_count, 0) as failure_count,
        e.bucket_differences, d.differences, d.count + coalesce(e.bucket_difference_count, 0) as difference_count
      from by_year e full join (select * from ${accumulatorYears} where ${inRange("person_id", range)}) y using (person_id, year)
      cross join lateral (
        select jsonb_agg(jsonb_build_array(v.figure, v.expected, v.actual)) as differences, count(*) as count from (values
          ${sql.join(
            YEAR_FIGURES.map(([name, sum, column]) => sql`(${name}, coalesce(e.${sql.raw(sum)}, 0), coalesce(y.${sql.raw(column.name)}, 0)::numeric)`),
            sql`, `,
          )}
        ) v(figure, expected, actual) where v.expected <> v.actual
      ) d
    )
    select count(*)::int as "personYears", coalesce(sum(settlements), 0)::int as settlements, coalesce(sum(reversed), 0)::int as reversed,
      coalesce(sum(failure_count + difference_count), 0)::float8 as "mismatchCount",
      jsonb_agg(jsonb_build_array(person_id, year, failures, bucket_differences, differences) order by person_id, year)
        filter (where failure_count + difference_count > 0 and running - failure_count - difference_count < ${limit}) as first
    from (select *, sum(failure_count + difference_count) over (order by person_id, year) as running from checked) c`)) as unknown as {
    rows: Array<Omit<RangeCheck, "first"> & { first: unknown }>;
  };
  const row = result.rows[0]!;
  const raw = (fromJson<unknown[] | null>(row.first) ?? []) as Array<[string, number, Failure[][][] | null, Difference[][] | null, Difference[] | null]>;
  const first = raw.map(([personId, year, failures, bucketDifferences, yearDifferences]) => ({
    personId,
    year,
    // Nested as aggregated: per bucket of the person-year, per settlement.
    failures: (failures ?? [])
      .flat(2)
      .sort((x, y) => (x[0] === y[0] ? x[1] - y[1] : x[0] < y[0] ? -1 : 1))
      .map(([settlementId, , what, expected, actual]) => ({ settlementId, what, expected, actual })),
    differences: [...(bucketDifferences ?? []).flat(), ...(yearDifferences ?? [])]
      .map(([figure, expected, actual]) => ({ figure, expected, actual }))
      .sort((x, y) => (x.figure < y.figure ? -1 : 1)),
  }));
  return { settlements: Number(row.settlements), reversed: Number(row.reversed), personYears: Number(row.personYears), mismatchCount: Number(row.mismatchCount), first };
}
