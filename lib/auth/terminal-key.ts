import "server-only";
import { sql } from "drizzle-orm";
import { preparedStatement, type Db } from "@/lib/db";
import { facilities, terminals } from "@/lib/db/schema";
import { DomainError, isDomainError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { sha256Hex } from "./tokens";

/** A counter terminal that proved it holds its key. */
export interface AuthenticatedTerminal {
  id: string;
  name: string;
  facilityId: string | null;
  facilityName: string | null;
  facilityNameEn: string | null;
}

// Keys are issued as `ybt_` + 32 base64url characters; anything far longer is not a key,
// and refusing it early keeps a hostile header from costing a hash of megabytes.
const MAX_KEY_LENGTH = 200;

export const terminalKeyMissing = new DomainError("terminal_key_missing");
export const terminalKeyInvalid = new DomainError("terminal_key_invalid");
export const terminalRevoked = new DomainError("terminal_revoked");

/** The key from an `Authorization: Bearer <key>` header, or null when there is none. */
export function bearerKey(authorization: string | null | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(authorization);
  return match?.[1] ?? null;
}

// Wrong keys per client address: keys are 24 random bytes, so this is not what keeps them safe,
// but a client trying keys is told to stop. A right key is never refused for it, so nobody
// behind the same address as a pharmacy can stop its counters.
const WRONG_KEYS_PER_ADDRESS = { limit: 20, windowMs: 10 * 60 * 1000 };

export interface TerminalCheck {
  /** What the key must belong to: a counter (verify, settle, reverse) or a kiosk (sign people in). Default: counter. */
  kind?: "counter" | "kiosk";
  /** Count wrong keys from this address and refuse it for a while after too many. */
  from?: { address: string; now: Date };
}

/**
 * Looks the key up by its SHA-256; throws a 401 DomainError when it is missing, unknown, revoked
 * or of the other kind (a kiosk's key is never a counter's: it cannot settle or reverse).
 */
export async function authenticateTerminal(db: Db, key: string | null | undefined, check: TerminalCheck = {}): Promise<AuthenticatedTerminal> {
  if (!check.from) return findTerminal(db, key, check.kind ?? "counter");
  const rule = { key: `terminal-key-wrong:${check.from.address}`, ...WRONG_KEYS_PER_ADDRESS };
  try {
    return await findTerminal(db, key, check.kind ?? "counter");
  } catch (error) {
    if (isDomainError(error) && error.code === "terminal_key_invalid") await enforceRateLimit(db, rule, check.from.now);
    throw error;
  }
}

/**
 * The terminal a key names, with its facility: every counter and kiosk request's first statement,
 * so prepared (lib/db preparedStatement). The hash is the lookup key (unique index); comparing
 * hashes leaks nothing about the key.
 */
const terminalByKeyHash = preparedStatement("terminal_by_key_hash", ["keyHash"], (p) => sql`
  select ${terminals.id} as "id", ${terminals.name} as "name", ${terminals.facilityId} as "facilityId", ${facilities.name} as "facilityName",
    ${facilities.nameEn} as "facilityNameEn", ${terminals.revokedAt} as "revokedAt", ${terminals.kind} as "kind"
  from ${terminals} left join ${facilities} on ${facilities.id} = ${terminals.facilityId}
  where ${terminals.keyHash} = ${p.keyHash}`);

async function findTerminal(db: Db, key: string | null | undefined, kind: "counter" | "kiosk"): Promise<AuthenticatedTerminal> {
  if (!key) throw terminalKeyMissing;
  if (key.length > MAX_KEY_LENGTH) throw terminalKeyInvalid;
  type Row = AuthenticatedTerminal & { revokedAt: string | null; kind: "counter" | "kiosk" };
  const [row] = (await terminalByKeyHash.execute<Row>(db, { keyHash: sha256Hex(key) })).rows;
  if (!row || row.kind !== kind) throw terminalKeyInvalid;
  if (row.revokedAt !== null) throw terminalRevoked;
  const { revokedAt: _revoked, kind: _kind, ...terminal } = row;
  return terminal;
}
