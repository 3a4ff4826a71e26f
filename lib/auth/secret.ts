import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: Buffer | null = null;

/**
 * The server's secret for HMACs over sign-in codes and device marks. From AUTH_SECRET; demo mode
 * on the embedded database makes one the first time and keeps it beside the data folder (mode
 * 0600), so codes survive a restart. Anywhere else its absence stops the server at start-up
 * (instrumentation.ts), because codes hashed without a secret are reversed in a second from a
 * copy of the table (10⁶ possible codes).
 */
export function authSecret(): Buffer {
  if (cached) return cached;
  if (env.AUTH_SECRET) cached = Buffer.from(env.AUTH_SECRET, "utf8");
  else if (env.demoMode && env.databaseKind === "pglite") cached = demoSecret(path.resolve(env.PGLITE_DATA_DIR));
  else throw new Error("AUTH_SECRET is required outside demo mode on the embedded database: at least 32 characters, e.g. `openssl rand -base64 32`.");
  return cached;
}

/** The demo database's secret file: made once (the first process to write it wins), then read. */
function demoSecret(dataDir: string): Buffer {
  const file = `${dataDir}.auth-secret`;
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return Buffer.from(readFileSync(file, "utf8").trim(), "utf8");
}

/** HMAC-SHA-256 under the server's secret, lowercase hex; `purpose` keeps uses apart. */
export function hmacHex(purpose: string, value: string): string {
  return createHmac("sha256", authSecret()).update(`${purpose}\u0000${value}`).digest("hex");
}
