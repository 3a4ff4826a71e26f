import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { chinaDay } from "@/lib/dates";
import { fromJson, preparedStatement, runTransaction, type Db } from "@/lib/db";
import { settlementLines, settlements } from "@/lib/db/schema";
import { computeSettlement, explainSettlement } from "@/lib/reimbursement";
import { accountEntryWrites } from "./account";
import { accumulatorWrites } from "./accumulators";
import { familyAccountRefused, idempotencyKeyReused, invalidSettlementRequest, notComputable, personNotFound, serviceDateInFuture } from "./errors";
import { isUniqueViolation, requestHash, storedRequest } from "./idempotency";
import { ledgerHeadsChanged, lockPeopleLedgers } from "./locks";
import { findSettlementIdByKey, loadLedgerSettlement, settlementByKeyStatement, type LedgerSettlement } from "./records";
import { engineFactsOf, engineFactsShape, engineFactsValues, engineInputOf, engineNeeds, type EngineFactsShape, type EngineFactsValues, type EngineInput } from "./settlement-context";
import { settleInputSchema, type ParsedSettleInput, type SettleInput } from "./settle-input";

export interface SettleResult {
  settlement: LedgerSettlement;
  /** True when the idempotency key had already settled this request: nothing new was written. */
  replayed: boolean;
}

/**
 * What the caller adds to the one transaction. `beforeWrite` runs only for a new settlement —
 * after the ledger lock and the idempotency check, before anything is written — so a caller's
 * own conditions (the counter's settlement token, service-date rule and rate limit) are checked
 * and spent in the same transaction, and never for a retry answered with the first settlement.
 */
export interface SettleHooks {
  beforeWrite?: (tx: Db, bill: { serviceDate: string; personId: string }) => Promise<void> | void;
  /** After a new settlement is written, in its transaction: what the caller records with it (the counter's access-log entry of a payment under a grant). */
  afterWrite?: (tx: Db, settlement: LedgerSettlement) => Promise<void> | void;
  /** Fault injection for tests: right after the settlement is written (its one write statement), to prove a failure leaves nothing behind. */
  afterSettlementInsert?: (tx: Db) => Promise<void> | void;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => issue.path.join(".") || "(request)").join(", ");
}

async function replayOf(db: Db, input: ParsedSettleInput, hash: string): Promise<SettleResult | null> {
  return replayOfExisting(db, await findSettlementIdByKey(db, input.terminalId ?? null, input.idempotencyKey), hash);
}

/** The first settlement under the key, when there is one and the request is the same; refused when it is another request. */
async function replayOfExisting(db: Db, existing: { id: string; requestHash: string } | null, hash: string): Promise<SettleResult | null> {
  if (!existing) return null;
  if (existing.requestHash !== hash) throw idempotencyKeyReused();
  const settlement = await loadLedgerSettlement(db, existing.id);
  return settlement ? { settlement, replayed: true } : null;
}

/**
 * Settles one bill against the person's year-to-date ledger: loads policy, person, facility and
 * accumulators, runs the engine, and writes the settlement, its lines, the new accumulators and
 * the personal-account entry in one transaction, under the ledger lock of the person (and of the
 * relative whose account pays).
 *
 * The same idempotency key and request answer with the first settlement, whenever they come: a
 * later retry finds it, and a concurrent one waits for the first's lock and then finds it (or,
 * for another person under the same key, loses the race on the unique key and reads the
 * winner's). A request without a service date means today — and is hashed without it, so a
 * retry after midnight is still the same request.
 */
export async function settle(db: Db, rawInput: SettleInput, hooks?: SettleHooks): Promise<SettleResult> {
  const parsed = settleInputSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidSettlementRequest(describeIssues(parsed.error));
  const input = parsed.data;
  const serviceDate = input.serviceDate ?? chinaDay(input.now);
  if (serviceDate > chinaDay(input.now)) throw serviceDateInFuture();
  const hash = requestHash(input);
  try {
    return await runTransaction(db, async (tx) => {
      const accountPersonId = input.useAccount ? (input.accountPersonId ?? input.personId) : input.personId;
      const birthDate = await lockPeople(tx, input.personId, accountPersonId, input.now);
      const bill = { ...input, serviceDate };
      // A retry finds the first request's settlement; a duplicate that waited for the lock, too.
      // Read after the lock, in one statement with what the engine needs (a new statement sees
      // what the lock's holder committed; used only when there is nothing to replay).
      const needs = engineNeeds(bill, {});
      const [read] = (
        await replayAndFacts(input.terminalId != null, engineFactsShape(needs)).execute<{ existing: unknown; facts: unknown }>(tx, {
          ...engineFactsValues(bill, needs),
          terminalId: input.terminalId ?? null,
          idempotencyKey: input.idempotencyKey,
        })
      ).rows;
      const replay = await replayOfExisting(tx, fromJson(read!.existing), hash);
      if (replay) return replay;
      await hooks?.beforeWrite?.(tx, { serviceDate, personId: input.personId });
      const engine = await engineInputOf(tx, bill, read!.facts, { birthDate });
      const settlement = await writeSettlement(tx, bill, hash, engine, hooks);
      await hooks?.afterWrite?.(tx, settlement);
      return { settlement, replayed: false };
    });
  } catch (error) {
    // Per terminal, or (settled by the app itself) among settlements without a terminal.
    if (!isUniqueViolation(error, "settlements_idempotency_key") && !isUniqueViolation(error, "settlements_idempotency_key_without_terminal")) throw error;
    const winner = await replayOf(db, input, hash);
    if (winner) return winner;
    throw error;
  }
}

const replayAndFactsStatements = new Map<string, ReturnType<typeof replayAndFactsStatement>>();

/**
 * The settlement already made under the request's idempotency key, and what the engine needs, in
 * one prepared statement: one per shape of bill (a handful), since which facts are read depends on
 * the bill.
 */
function replayAndFacts(terminal: boolean, shape: EngineFactsShape) {
  const name = `settle_replay_and_facts_${terminal ? "t" : "n"}${[shape.account, shape.accumulators, shape.admissions, shape.disease].map(Number).join("")}`;
  let statement = replayAndFactsStatements.get(name);
  if (!statement) replayAndFactsStatements.set(name, (statement = replayAndFactsStatement(name, terminal, shape)));
  return statement;
}

function replayAndFactsStatement(name: string, terminal: boolean, shape: EngineFactsShape) {
  const values = ["personId", "facilityId", "day", "year", "accountPersonId", "disease", "terminalId", "idempotencyKey"] as const satisfies ReadonlyArray<keyof EngineFactsValues | "terminalId" | "idempotencyKey">;
  return preparedStatement(name, values, (p) => sql`select ${settlementByKeyStatement(terminal, p.terminalId, p.idempotencyKey)} as existing, ${engineFactsOf(shape, p)} as facts`);
}

/** Locks the ledgers of the patient and of the account's holder, who must both exist; returns the patient's birth date. */
async function lockPeople(tx: Db, personId: string, accountPersonId: string, now: Date): Promise<string> {
  const found = await lockPeopleLedgers(tx, [personId, accountPersonId], now);
  const person = found.get(personId);
  if (!person) throw personNotFound();
  if (!found.has(accountPersonId)) throw familyAccountRefused();
  return person.birthDate;
}

async function writeSettlement(tx: Db, input: ParsedSettleInput & { serviceDate: string }, hash: string, engine: EngineInput, hooks: SettleHooks | undefined): Promise<LedgerSettlement> {
  const year = Number(input.serviceDate.slice(0, 4));
  const context = { ...engine, visit: engine.input.visit, lines: engine.input.lines };
  const before = engine.accumulators;
  const computed = computeSettlement(engine.input);
  if (!computed.ok) {
    const first = computed.issues[0];
    throw notComputable(first ? first.code : "policy_incomplete");
  }
  const result = computed.settlement;
  const { amounts } = result;
  const explanation = explainSettlement(result);
  const createdAt = input.now;

  const id = randomUUID();
  const lines = context.lines.map((line, index) => ({
    settlementId: id,
    lineNo: index + 1,
    code: line.code ?? null,
    name: line.name ?? null,
    itemClass: line.itemClass,
    quantity: line.quantity ?? 1,
    amountFen: line.amount,
    classBShareBp: line.classBShare ?? null,
    priceCeilingFen: line.priceCeiling ?? null,
  }));
  const payment = context.account && amounts.acct_pay > 0 ? context.account.personId : null;
  // Everything the settlement writes, in one statement (one round trip): the settlement, its
  // lines, the accumulators that changed, the account's payment entry and running balance, and
  // the ledger heads' "as of". The database checks every constraint (the lines' and the entry's
  // references to the settlement too) at the end of the statement, so one failure writes nothing.
  // Who, where and when: the same in the stored row and in the record returned.
  const identity = {
    id,
    personId: input.personId,
    facilityId: input.facilityId,
    terminalId: input.terminalId ?? null,
    accountPersonId: context.account?.personId ?? null,
    serviceDate: input.serviceDate,
    year,
    idempotencyKey: input.idempotencyKey,
  };
  const settlementRow = tx.insert(settlements).values({
    ...identity,
    requestHash: hash,
    policyId: result.policy.id,
    policyVersion: result.policy.version,
    visitKind: context.visit.kind,
    disease: context.visit.disease ?? null,
    bucket: result.bucket,
    request: storedRequest(input),
    visit: context.visit,
    accumulatorsBefore: before,
    result,
    explanation,
    medfeeSumamtFen: amounts.medfee_sumamt,
    fundPaySumamtFen: amounts.fund_pay_sumamt,
    hifpPayFen: amounts.hifp_pay,
    acctPayFen: amounts.acct_pay,
    psnCashPayFen: amounts.psn_cash_pay,
    createdAt,
  });
  const writes: SQL[] = [
    sql`settlement as (${settlementRow.getSQL()})`,
    sql`lines as (${tx.insert(settlementLines).values(lines).getSQL()})`,
    ...accumulatorWrites(tx, input.personId, year, before, result.accumulatorsAfter).map((write, i) => sql`${sql.raw(`accumulators_${i}`)} as (${write.getSQL()})`),
    ...(payment === null
      ? []
      : [accountEntryWrites([{ accountPersonId: payment, beneficiaryPersonId: input.personId, kind: "settlement", amountFen: -amounts.acct_pay, settlementId: id, createdAt }])]),
    sql`heads as (${ledgerHeadsChanged(tx, [input.personId, context.account?.personId ?? input.personId], createdAt).getSQL()})`,
  ];
  await tx.execute(sql`with ${sql.join(writes, sql`, `)} select 1`);
  await hooks?.afterSettlementInsert?.(tx);

  return {
    ...identity,
    status: "settled",
    policy: result.policy,
    visit: context.visit,
    bucket: result.bucket,
    amounts,
    accumulatorsBefore: before,
    accumulatorsAfter: result.accumulatorsAfter,
    steps: result.steps,
    explanation,
    lines: lines.map(({ lineNo, code, name, itemClass, quantity, amountFen }) => ({ lineNo, code, name, itemClass, quantity, amountFen })),
    createdAt: createdAt.toISOString(),
    reversal: null,
  };
}
