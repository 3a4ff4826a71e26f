/**
 * A large, consistent ledger for measuring `ledger:verify`: a template of people whose bills are
 * settled (and some reversed) through settle() itself — the demo data plus extra bills per person,
 * own and family accounts, outpatient, pharmacy and inpatient — then copied in SQL, person by
 * person with fresh ids, until the ledger holds the settlements asked for. Every copy has the
 * template's settlements, reversals, account entries and accumulators, so the copied ledger
 * verifies exactly as the template does. Bill lines (settlement_lines) are not copied: the
 * verification does not read them.
 */
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { facilityId, personId, seedDemoData } from "@/lib/seed";
import { reverse, settle, type SettleInput } from "@/lib/ledger";

/** Copies made per INSERT: bounds one statement's size and shows progress. */
const COPIES_PER_STATEMENT = 500;
const YEAR = 2026;

interface ExtraBills {
  person: string;
  facility: string;
  visit: SettleInput["visit"];
  useAccount: boolean;
  accountOf?: string;
  count: number;
  /** Line amount of the first bill (fen); later bills grow, so deductibles and caps are crossed. */
  baseFen: number;
}

const extra: ExtraBills[] = [
  { person: "chen", facility: "sm-liedong", visit: { kind: "general_outpatient" }, useAccount: true, count: 8, baseFen: 6_000 },
  { person: "lin", facility: "sm-yida", visit: { kind: "pharmacy" }, useAccount: true, count: 8, baseFen: 4_000 },
  { person: "wang", facility: "wh-zhongnan", visit: { kind: "general_outpatient" }, useAccount: true, count: 8, baseFen: 9_000 },
  { person: "zhou-wei", facility: "yz-wenhe", visit: { kind: "general_outpatient" }, useAccount: true, count: 8, baseFen: 7_000 },
  { person: "wu-jing", facility: "yz-baijia", visit: { kind: "pharmacy" }, useAccount: true, count: 8, baseFen: 3_000 },
  { person: "zhou-yu", facility: "yz-wenhe", visit: { kind: "general_outpatient" }, useAccount: true, accountOf: "zhou-wei", count: 6, baseFen: 5_000 },
  { person: "zhou-gh", facility: "yz-subei", visit: { kind: "inpatient" }, useAccount: true, count: 4, baseFen: 900_000 },
  { person: "zhao", facility: "wh-wuchang", visit: { kind: "inpatient" }, useAccount: false, count: 4, baseFen: 1_200_000 },
  { person: "huang", facility: "qy-taihe", visit: { kind: "general_outpatient" }, useAccount: false, count: 6, baseFen: 5_000 },
];

function day(index: number, count: number): string {
  // Spread over 5 January … 10 November, in order.
  const start = Date.UTC(YEAR, 0, 5);
  const span = Date.UTC(YEAR, 10, 10) - start;
  return new Date(start + Math.floor((span * (index + 1)) / (count + 1))).toISOString().slice(0, 10);
}

/** The template: the demo data as of late in the year, then the extra bills, every third one of a person reversed. */
async function settleTemplate(database: Database): Promise<void> {
  await seedDemoData(database.db, { today: new Date(`${YEAR}-11-20T04:00:00Z`) });
  for (const bills of extra) {
    for (let i = 0; i < bills.count; i++) {
      const serviceDate = day(i, bills.count);
      const now = new Date(`${serviceDate}T10:30:00+08:00`);
      const input: SettleInput = {
        personId: personId(bills.person),
        facilityId: facilityId(bills.facility),
        visit: bills.visit,
        lines: [
          { name: "诊查费", itemClass: "A", amountFen: 1_000 },
          { name: "乙类药品", itemClass: "B", amountFen: bills.baseFen + i * 1_370, quantity: 1 + (i % 3) },
          { name: "丙类项目", itemClass: "C", amountFen: 800 + i * 100 },
        ],
        idempotencyKey: `ledger-bench:${bills.person}:${i}`,
        useAccount: bills.useAccount,
        accountPersonId: bills.accountOf ? personId(bills.accountOf) : undefined,
        serviceDate,
        now,
      };
      try {
        const { settlement } = await settle(database.db, input);
        if (i % 3 === 2) await reverse(database.db, settlement.id, { reason: "压测：冲正", now: new Date(now.getTime() + 600_000) });
      } catch {
        // A bill the rules refuse (e.g. a cap reached) writes nothing: the template stays consistent.
      }
    }
  }
}

async function count(database: Database, table: string): Promise<number> {
  const result = (await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}

/** Copies `from`…`to` (inclusive) of the template's people with everything of their ledger. */
async function copyTemplate(database: Database, from: number, to: number): Promise<void> {
  // A copy's id of a template id: stable, so copies of one person and of their relatives match.
  const id = (prefix: string, column: string) => `md5('${prefix}:' || c || ':' || ${column}::text)::uuid`;
  const copies = `generate_series(${from}, ${to}) as c`;
  const statements = [
    `insert into people (id, name, national_id, gender, birth_date, voucher_id, created_at)
       select ${id("person", "p.id")}, p.name, p.national_id || '-' || c, p.gender, p.birth_date, ${id("voucher", "p.id")}, p.created_at
       from template_people t join people p on p.id = t.id cross join ${copies}`,
    `insert into settlements (id, person_id, facility_id, terminal_id, account_person_id, service_date, year, idempotency_key, request_hash, policy_id, policy_version, visit_kind, disease, bucket, request, visit, accumulators_before, result, explanation, medfee_sumamt_fen, fund_pay_sumamt_fen, hifp_pay_fen, acct_pay_fen, psn_cash_pay_fen, status, created_at)
       select ${id("settlement", "s.id")}, ${id("person", "s.person_id")}, s.facility_id, s.terminal_id,
         case when s.account_person_id is null then null else ${id("person", "s.account_person_id")} end,
         s.service_date, s.year, s.idempotency_key || ':' || c, s.request_hash, s.policy_id, s.policy_version, s.visit_kind, s.disease, s.bucket,
         s.request, s.visit, s.accumulators_before, s.result, s.explanation, s.medfee_sumamt_fen, s.fund_pay_sumamt_fen, s.hifp_pay_fen, s.acct_pay_fen, s.psn_cash_pay_fen, s.status, s.created_at
       from template_settlements t join settlements s on s.id = t.id cross join ${copies}`,
    `insert into settlement_reversals (settlement_id, reversed_at, reason, terminal_id)
       select ${id("settlement", "r.settlement_id")}, r.reversed_at, r.reason, r.terminal_id
       from template_settlements t join settlement_reversals r on r.settlement_id = t.id cross join ${copies}`,
    `insert into account_entries (id, account_person_id, beneficiary_person_id, kind, amount_fen, settlement_id, created_at)
       select ${id("entry", "e.id")}, ${id("person", "e.account_person_id")},
         case when e.beneficiary_person_id is null then null else ${id("person", "e.beneficiary_person_id")} end,
         e.kind, e.amount_fen, case when e.settlement_id is null then null else ${id("settlement", "e.settlement_id")} end, e.created_at
       from template_people t join account_entries e on e.account_person_id = t.id cross join ${copies}`,
    `insert into account_balances (account_person_id, balance_fen)
       select ${id("person", "b.account_person_id")}, b.balance_fen
       from template_people t join account_balances b on b.account_person_id = t.id cross join ${copies}`,
    `insert into accumulator_buckets (person_id, year, bucket, deductible_paid_fen, policy_scope_fen, fund_paid_fen)
       select ${id("person", "a.person_id")}, a.year, a.bucket, a.deductible_paid_fen, a.policy_scope_fen, a.fund_paid_fen
       from template_people t join accumulator_buckets a on a.person_id = t.id cross join ${copies}`,
    `insert into accumulator_years (person_id, year, critical_illness_burden_fen, critical_illness_paid_fen, large_amount_paid_fen, assistance_burden_fen, assistance_general_outpatient_fen, assistance_chronic_outpatient_fen, assistance_inpatient_fen, assistance_pharmacy_fen)
       select ${id("person", "a.person_id")}, a.year, a.critical_illness_burden_fen, a.critical_illness_paid_fen, a.large_amount_paid_fen, a.assistance_burden_fen, a.assistance_general_outpatient_fen, a.assistance_chronic_outpatient_fen, a.assistance_inpatient_fen, a.assistance_pharmacy_fen
       from template_people t join accumulator_years a on a.person_id = t.id cross join ${copies}`,
  ];
  for (const statement of statements) await database.db.execute(sql.raw(statement));
}

export interface GeneratedLedger {
  templateSettlements: number;
  copies: number;
  settlements: number;
  people: number;
  seconds: number;
}

/**
 * Makes the template on a freshly migrated database, then grows the ledger to at least
 * `settlements` settlements; call again with a larger figure to grow it further.
 */
export async function generateLedger(database: Database, settlements: number, progress: (line: string) => void = () => {}): Promise<GeneratedLedger> {
  const started = performance.now();
  const exists = (await database.db.execute(sql.raw(`select to_regclass('template_settlements') is not null as present`))) as unknown as { rows: { present: boolean }[] };
  if (!exists.rows[0]!.present) {
    await settleTemplate(database);
    // Everyone with a ledger: the bill's person and whoever's account paid.
    await database.db.execute(sql.raw(`create table template_settlements as select id from settlements`));
    await database.db.execute(sql.raw(`create table template_people as
      select person_id as id from settlements union select account_person_id from settlements where account_person_id is not null
      union select account_person_id from account_entries union select person_id from accumulator_years union select person_id from accumulator_buckets`));
    await database.db.execute(sql.raw(`create table template_copies (made int not null)`));
    await database.db.execute(sql.raw(`insert into template_copies values (0)`));
  }
  const templateSettlements = await count(database, "template_settlements");
  const made = ((await database.db.execute(sql.raw(`select made from template_copies`))) as unknown as { rows: { made: number }[] }).rows[0]!.made;
  const wanted = Math.max(made, Math.ceil((settlements - templateSettlements) / templateSettlements));
  for (let from = made + 1; from <= wanted; from += COPIES_PER_STATEMENT) {
    const to = Math.min(wanted, from + COPIES_PER_STATEMENT - 1);
    await copyTemplate(database, from, to);
    await database.db.execute(sql.raw(`update template_copies set made = ${to}`));
    progress(`  ${((to + 1) * templateSettlements).toLocaleString("en")} settlements…`);
  }
  await database.db.execute(sql.raw(`analyze`));
  return {
    templateSettlements,
    copies: wanted,
    settlements: await count(database, "settlements"),
    people: await count(database, "people"),
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  };
}
