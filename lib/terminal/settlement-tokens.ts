import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { settlementTokens } from "@/lib/db/schema";
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

/** The scan a token stands for (whose bill, and the device that showed the code), without spending it. */
export async function scanOfSettlementToken(db: Db, token: string, terminalId: string): Promise<{ personId: string; deviceId: string }> {
  if (!token.startsWith(SETTLEMENT_TOKEN_PREFIX) || token.length > 100) throw tokenInvalid;
  const [row] = await db
    .select({ personId: settlementTokens.personId, deviceId: settlementTokens.deviceId })
    .from(settlementTokens)
    .where(and(eq(settlementTokens.tokenHash, sha256Hex(token)), eq(settlementTokens.terminalId, terminalId)));
  if (!row) throw tokenInvalid;
  return row;
}

/**
 * Spends a settlement token: once only, only by the terminal it was issued to, before it
 * expires. Call it inside the settlement's own transaction (pass the transaction as `db`),
 * so a settlement that fails does not use the token up.
 */
export async function consumeSettlementToken(db: Db, token: string, terminalId: string, now: Date): Promise<SettlementAuthority> {
  if (!token.startsWith(SETTLEMENT_TOKEN_PREFIX) || token.length > 100) throw tokenInvalid;
  const tokenHash = sha256Hex(token);
  const [row] = await db
    .select()
    .from(settlementTokens)
    .where(and(eq(settlementTokens.tokenHash, tokenHash), eq(settlementTokens.terminalId, terminalId)))
    .for("update");
  if (!row) throw tokenInvalid;
  if (row.usedAt !== null) throw tokenUsed;
  if (row.expiresAt.getTime() <= now.getTime()) throw tokenExpired;
  // Conditional, so two concurrent settlements cannot both spend it even outside a transaction.
  const spent = await db
    .update(settlementTokens)
    .set({ usedAt: now })
    .where(and(eq(settlementTokens.id, row.id), isNull(settlementTokens.usedAt)))
    .returning({ id: settlementTokens.id });
  if (spent.length === 0) throw tokenUsed;
  return { tokenId: row.id, personId: row.personId, terminalId: row.terminalId, deviceId: row.deviceId, grantId: row.grantId };
}
