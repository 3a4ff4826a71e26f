import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { settlementTokens } from "@/lib/db/schema";
import { sha256Hex } from "@/lib/auth/tokens";
import { DomainError } from "@/lib/errors/domain-error";

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

const tokenInvalid = new DomainError(
  "settlement_token_invalid",
  { zh: "结算凭据无效，请重新扫码。", en: "The settlement token is not valid. Scan the code again." },
  401,
);
const tokenExpired = new DomainError(
  "settlement_token_expired",
  { zh: "结算凭据已过期，请让对方重新出示医保码。", en: "The settlement token has expired. Ask for a fresh code." },
  410,
);
const tokenUsed = new DomainError(
  "settlement_token_used",
  { zh: "这次扫码已经结算过，请重新扫码。", en: "This scan has already been used to settle. Scan the code again." },
  409,
);

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
