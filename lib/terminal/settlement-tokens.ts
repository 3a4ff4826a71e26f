import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { fromJson, jsonRow, preparedStatement, type Db } from "@/lib/db";
import { enrolments, people, regions, settlementTokens } from "@/lib/db/schema";
import { maskName } from "@/lib/privacy";
import { rateLimitHitStatement, rateLimitHitValues, rateLimitResultOf, refuseOverLimit, type RateLimitRule } from "@/lib/rate-limit";
import { sha256Hex } from "@/lib/auth";
import { DomainError } from "@/lib/errors";

/** Long enough for a clerk to enter the bill after scanning; short enough to be useless if leaked. */
export const SETTLEMENT_TOKEN_LIFETIME_MS = 10 * 60 * 1000;
export const SETTLEMENT_TOKEN_PREFIX = "yst_";

export function newSettlementToken(): string {
  return `${SETTLEMENT_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** What a settlement token stands for, once it has been spent. */
export interface SettlementAuthority {
  tokenId: string;
  personId: string;
  terminalId: string;
  deviceId: string;
  grantId: string | null;
}

const tokenInvalid = new DomainError("settlement_token_invalid");
const tokenExpired = new DomainError("settlement_token_expired");
const tokenUsed = new DomainError("settlement_token_used");

/**
 * Whose bill a token stands for, without spending it: the person of a token this terminal was
 * given, spent or not (a retry of a settled bill still names its person). Unknown tokens, and
 * tokens of other terminals, are refused.
 */
export async function personOfSettlementToken(db: Db, token: string, terminalId: string): Promise<string> {
  return (await scanOfSettlementToken(db, token, terminalId)).personId;
}

/** The token's hash, after refusing what cannot be a token at all. */
function hashOfToken(token: string): string {
  if (!token.startsWith(SETTLEMENT_TOKEN_PREFIX) || token.length > 100) throw tokenInvalid;
  return sha256Hex(token);
}

/** The scan a token stands for (whose bill, and the device that showed the code), without spending it. */
export async function scanOfSettlementToken(db: Db, token: string, terminalId: string): Promise<{ personId: string; deviceId: string }> {
  const [row] = await db
    .select({ personId: settlementTokens.personId, deviceId: settlementTokens.deviceId })
    .from(settlementTokens)
    .where(and(eq(settlementTokens.tokenHash, hashOfToken(token)), eq(settlementTokens.terminalId, terminalId)));
  if (!row) throw tokenInvalid;
  return row;
}

/** The patient as a receipt names them: masked, with the insurance in force on the day of care. */
export interface ReceiptPerson {
  maskedName: string;
  insurance: "employee" | "resident" | null;
  employeeStatus: "active" | "retired" | null;
  region: { code: string; name: string; nameEn: string } | null;
}

/** The statement of scanWithReceiptPerson, prepared: every settlement sends it. */
const scanWithPerson = preparedStatement("settle_scan_with_person", ["tokenHash", "terminalId", "day"], (p) => sql`
  select json_build_object(
    'personId', ${settlementTokens.personId}, 'deviceId', ${settlementTokens.deviceId}, 'name', ${people.name},
    'enrolment', (
      select ${jsonRow({ insurance: enrolments.insurance, status: enrolments.status, code: regions.code, name: regions.name, nameEn: regions.nameEn })}
      from ${enrolments} inner join ${regions} on ${regions.code} = ${enrolments.regionCode}
      where ${enrolments.personId} = ${settlementTokens.personId} and ${enrolments.validFrom} <= ${p.day}::date
        and (${enrolments.validTo} is null or ${enrolments.validTo} >= ${p.day}::date)
      order by ${enrolments.validFrom} desc limit 1)
  ) as scan
  from ${settlementTokens} inner join ${people} on ${people.id} = ${settlementTokens.personId}
  where ${settlementTokens.tokenHash} = ${p.tokenHash} and ${settlementTokens.terminalId} = ${p.terminalId}::uuid`);

/**
 * scanOfSettlementToken, with the patient as the receipt of a bill of `day` will name them, in
 * the same statement: the settlement's answer is then made without reading anything after it.
 */
export async function scanWithReceiptPerson(db: Db, token: string, terminalId: string, day: string): Promise<{ personId: string; deviceId: string; person: ReceiptPerson }> {
  const [row] = (await scanWithPerson.execute<{ scan: unknown }>(db, { tokenHash: hashOfToken(token), terminalId, day })).rows;
  if (!row) throw tokenInvalid;
  type Enrolment = { insurance: "employee" | "resident"; status: "active" | "retired" | null; code: string; name: string; nameEn: string };
  const scan = fromJson<{ personId: string; deviceId: string; name: string; enrolment: Enrolment | null }>(row.scan);
  const enrolment = scan.enrolment;
  return {
    personId: scan.personId,
    deviceId: scan.deviceId,
    person: {
      maskedName: maskName(scan.name),
      insurance: enrolment?.insurance ?? null,
      employeeStatus: enrolment?.status ?? null,
      region: enrolment ? { code: enrolment.code, name: enrolment.name, nameEn: enrolment.nameEn } : null,
    },
  };
}

type SpendRow = { count: number | string; token_id: string | null; person_id: string; terminal_id: string; device_id: string; grant_id: string | null };

/** Spends the token if it is live and this terminal's; with a rate-limit hit counted in the same statement or not. */
function spendStatement(counted: boolean) {
  return preparedStatement(counted ? "settle_spend_token_counted" : "settle_spend_token", ["tokenHash", "terminalId", "now", "key", "windowStart", "windowEnd"], (p) => sql`
    with hit as (${counted ? rateLimitHitStatement(p.key, p.windowStart, p.windowEnd) : sql`select 0 as count`}),
    spent as (
      update ${settlementTokens} set used_at = ${p.now}::timestamptz
      where ${settlementTokens.tokenHash} = ${p.tokenHash} and ${settlementTokens.terminalId} = ${p.terminalId}::uuid
        and ${settlementTokens.usedAt} is null and ${settlementTokens.expiresAt} > ${p.now}::timestamptz
      returning id, person_id, terminal_id, device_id, grant_id
    )
    select hit.count, spent.id as token_id, spent.person_id, spent.terminal_id, spent.device_id, spent.grant_id from hit left join spent on true`);
}
const spendCounted = spendStatement(true);
const spendUncounted = spendStatement(false);

/**
 * Spends a settlement token: once only, only by the terminal it was issued to, before it
 * expires. Call it inside the settlement's own transaction (pass the transaction as `db`),
 * so a settlement that fails does not use the token up. `countAgainst`: a rate limit the
 * settlement counts against, in the same statement and refused first — only inside a
 * transaction, whose rollback then undoes the spending too.
 */
export async function consumeSettlementToken(db: Db, token: string, terminalId: string, now: Date, countAgainst?: RateLimitRule): Promise<SettlementAuthority> {
  const tokenHash = hashOfToken(token);
  // One conditional update spends a live token (so two settlements cannot both spend it, even
  // outside a transaction); only when it spends nothing is the token read again to say why.
  const hit = countAgainst ? rateLimitHitValues(countAgainst, now) : null;
  const [row] = (
    await (hit ? spendCounted : spendUncounted).execute<SpendRow>(db, {
      tokenHash, terminalId, now: now.toISOString(), key: hit?.key ?? null, windowStart: hit?.windowStart ?? null, windowEnd: hit?.windowEnd ?? null,
    })
  ).rows;
  if (countAgainst) refuseOverLimit(rateLimitResultOf(countAgainst, now, row!.count), now);
  if (row!.token_id !== null) return { tokenId: row!.token_id, personId: row!.person_id, terminalId: row!.terminal_id, deviceId: row!.device_id, grantId: row!.grant_id };
  const [found] = await db
    .select({ usedAt: settlementTokens.usedAt })
    .from(settlementTokens)
    .where(and(eq(settlementTokens.tokenHash, tokenHash), eq(settlementTokens.terminalId, terminalId)));
  if (!found) throw tokenInvalid;
  throw found.usedAt !== null ? tokenUsed : tokenExpired;
}
