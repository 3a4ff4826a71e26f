import "server-only";
import { findSession, SESSION_COOKIE } from "@/lib/auth";
import { authenticateTerminal, bearerKey } from "@/lib/auth";
import type { Db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { TERMINAL_COOKIE } from "./cookies";
import type { RequestInput } from "./request-input";
import type { PersonActor, TerminalActor } from "./types";

/** The signed-in account of this request (its session cookie), or null. */
export async function personActor(db: Db, input: RequestInput, now: Date): Promise<PersonActor | null> {
  const token = input.cookie(SESSION_COOKIE);
  if (!token) return null;
  const session = await findSession(db, token, now);
  return session ? { kind: "person", ...session } : null;
}

/** The terminal signed in on this browser (its terminal cookie), or null when none or no longer valid. */
export async function cookieTerminal(db: Db, input: RequestInput): Promise<TerminalActor | null> {
  const key = input.cookie(TERMINAL_COOKIE);
  if (!key) return null;
  try {
    return { kind: "terminal", terminal: await authenticateTerminal(db, key) };
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}

/**
 * The terminal of an API request (`Authorization: Bearer <key>`); refuses with a 401 code
 * otherwise, and for a while with 429 after many wrong keys from the client's address.
 */
export async function bearerTerminal(db: Db, input: RequestInput, from: { address: string; now: Date }): Promise<TerminalActor> {
  return { kind: "terminal", terminal: await authenticateTerminal(db, bearerKey(input.header("authorization")), { kind: "counter", from }) };
}
