import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { facilities, terminals } from "@/lib/db/schema";
import { DomainError } from "@/lib/errors";
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

/** Looks the key up by its SHA-256; throws a 401 DomainError when it is missing, unknown or revoked. */
export async function authenticateTerminal(db: Db, key: string | null | undefined): Promise<AuthenticatedTerminal> {
  if (!key) throw terminalKeyMissing;
  if (key.length > MAX_KEY_LENGTH) throw terminalKeyInvalid;
  const [row] = await db
    .select({
      id: terminals.id,
      name: terminals.name,
      facilityId: terminals.facilityId,
      facilityName: facilities.name,
      facilityNameEn: facilities.nameEn,
      revokedAt: terminals.revokedAt,
    })
    .from(terminals)
    .leftJoin(facilities, eq(facilities.id, terminals.facilityId))
    // The hash is the lookup key (unique index); comparing hashes leaks nothing about the key.
    .where(eq(terminals.keyHash, sha256Hex(key)));
  if (!row) throw terminalKeyInvalid;
  if (row.revokedAt !== null) throw terminalRevoked;
  const { revokedAt: _revoked, ...terminal } = row;
  return terminal;
}
