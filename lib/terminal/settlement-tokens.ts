import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { fromJson, jsonRow, onlyRow, type Db } from "@/lib/db";
import { enrolments, people, regions, settlementTokens } from "@/lib/db/schema";
import { maskName } from "@/lib/privacy";
import { rateLimitHitSql, rateLimitResultOf, refuseOverLimit, type RateLimitRule } from "@/lib/rate-limit";
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

/**
 * scanOfSettlementToken, with the patient as the receipt of a bill of `day` will name them, in
 * the same statement: the settlement's answer is then made without reading anything after it.
 */
export async function scanWithReceiptPerson(db: Db, token: string, terminalId: string, day: string): Promise<{ personId: string; deviceId: string; person: ReceiptPerson }> {
  const row = onlyRow<{ scan: unknown }>(
    await db.execute(sql`
      select json_build_object(
        'personId', ${settlementTokens.personId}, 'deviceId', ${settlementTokens.deviceId}, 'name', ${people.name},
        'enrolment', (
          select ${jsonRow({ insurance: enrolments.insurance, status: enrolments.status, code: regions.code, name: regions.name, nameEn: regions.nameEn })}
          from ${enrolments} inner join ${regions} on ${regions.code} = ${enrolments.regionCode}
          where ${enrolments.personId} = ${settlementTokens.personId} and ${enrolments.validFrom} <= ${day}
            and (${enrolments.validTo} is null or ${enrolments.validTo} >= ${day})
          order by ${enrolments.validFrom} desc limit 1)
      ) as scan
      from ${settlementTokens} inner join ${people} on ${people.id} = ${settlementTokens.personId}
      where ${and(eq(settlementTokens.tokenHash, hashOfToken(token)), eq(settlementTokens.terminalId, terminalId))}`),
  );
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

/**
 * Spends a settlement token: once only, only by the terminal it was issued to, before it
 * expires. Call it inside the settlement's own transaction (pass the transaction as `db`),
 * so a settlement that fails does not use the token up. `countAgainst`: a rate limit the
 * settlement counts against, in the same statement and refused first — only inside a
 * transaction, whose rollback then undoes the spending too.
 */
export async function consumeSettlementToken(db: Db, token: string, terminalId: string, now: Date, countAgainst?: RateLimitRule): Promise<SettlementAuthority> {
  const mine = and(eq(settlementTokens.tokenHash, hashOfToken(token)), eq(settlementTokens.terminalId, terminalId));
  // One conditional update spends a live token (so two settlements cannot both spend it, even
  // outside a transaction); only when it spends nothing is the token read again to say why.
  const spend = db
    .update(settlementTokens)
    .set({ usedAt: now })
    .where(and(mine, isNull(settlementTokens.usedAt), gt(settlementTokens.expiresAt, now)))
    .returning({ id: settlementTokens.id, personId: settlementTokens.personId, terminalId: settlementTokens.terminalId, deviceId: settlementTokens.deviceId, grantId: settlementTokens.grantId });
  const hit = countAgainst ? sql`(${rateLimitHitSql(countAgainst, now)})` : sql`(select 0 as count)`;
  const row = onlyRow<{ count: number | string; token_id: string | null; person_id: string; terminal_id: string; device_id: string; grant_id: string | null }>(
    await db.execute(sql`with hit as ${hit}, spent as (${spend.getSQL()})
      select hit.count, spent.id as token_id, spent.person_id, spent.terminal_id, spent.device_id, spent.grant_id from hit left join spent on true`),
  )!;
  if (countAgainst) refuseOverLimit(rateLimitResultOf(countAgainst, now, row.count), now);
  if (row.token_id !== null) return { tokenId: row.token_id, personId: row.person_id, terminalId: row.terminal_id, deviceId: row.device_id, grantId: row.grant_id };
  const [found] = await db.select({ usedAt: settlementTokens.usedAt }).from(settlementTokens).where(mine);
  if (!found) throw tokenInvalid;
  throw found.usedAt !== null ? tokenUsed : tokenExpired;
}
