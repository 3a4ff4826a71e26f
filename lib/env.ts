import { z } from "zod";

/**
 * The one place that reads process.env. Every other module imports `env`.
 * A bad value stops start-up with a message that names the variable.
 */
const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"])
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

const optionalText = z.string().min(1).optional().or(z.literal("").transform(() => undefined));

/** One IPv4 or IPv6 address, optionally with a /prefix: `10.0.0.0/8`, `::1`, `127.0.0.1`. */
const addressOrRange = z.string().regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$/, "must be IP addresses or ranges (a.b.c.d/n), separated by commas");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Where the server listens; unset: loopback in demo mode, every interface otherwise (listenHost).
  HOST: optionalText,
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Named prepared statements on PostgreSQL for the counter's busiest statements (lib/db/prepared.ts);
  // 0 behind PgBouncer older than 1.21 in transaction mode, which cannot keep them (docs/deployment.md).
  DATABASE_PREPARED_STATEMENTS: booleanFlag.default(true),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  // The server runs PGlite on a worker thread of its own (lib/db/pglite-thread.ts); 0 keeps it on the server's thread.
  PGLITE_THREAD: booleanFlag.default(true),
  DEMO_MODE: booleanFlag.optional(),
  SEED_TERMINAL_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  // The public origin (https://…) when a proxy rewrites Host; passkeys are bound to it, and an
  // https origin makes every cookie Secure and sends Strict-Transport-Security.
  APP_ORIGIN: z.url().optional().or(z.literal("").transform(() => undefined)),
  // The key of the HMAC over sign-in codes (at least 32 characters). The server refuses to start
  // without it unless demo mode runs on the embedded database, which makes one and keeps it
  // beside its data folder (lib/auth, authSecret).
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional().or(z.literal("").transform(() => undefined)),
  // Proxies (addresses or ranges, comma-separated, or "loopback") whose X-Forwarded-For and
  // X-Forwarded-Proto are believed. Without it forwarded headers are ignored (docs/security.md).
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean).flatMap((s) => (s === "loopback" ? ["127.0.0.0/8", "::1"] : [s])))
    .pipe(z.array(addressOrRange)),
  // Set by scripts/serve.mjs for its own process: the token of its X-Yibao-Peer header.
  PEER_HEADER_TOKEN: optionalText,
  // Demo mode: the secret that lets a kiosk screen away from this machine enrol itself
  // (scripts/start.mjs makes one and prints it). Without it only loopback may enrol.
  DEMO_ENROL_SECRET: z.string().min(16, "must be at least 16 characters").optional().or(z.literal("").transform(() => undefined)),
  // An SMS gateway for sign-in codes: POST { to, text } as JSON, with the token as a bearer key.
  SMS_GATEWAY_URL: z.url().optional().or(z.literal("").transform(() => undefined)),
  SMS_GATEWAY_TOKEN: optionalText,
  // Sign-in codes (docs/security.md, "Sign-in limits"). Past either per-phone figure the phone's
  // codes become long, one at a time, until the owner signs in with one.
  OTP_LIMIT_PER_PHONE_PER_HOUR: z.coerce.number().int().min(1).default(10),
  OTP_WRONG_TRIES_PER_PHONE_PER_DAY: z.coerce.number().int().min(1).default(30),
  // One browser and phone: the wait before a second code, doubling for each one after (at most 30 min).
  OTP_RESEND_WAIT_SECONDS: z.coerce.number().int().min(0).default(60),
  // One browser, whatever the phone numbers.
  OTP_LIMIT_PER_DEVICE_PER_HOUR: z.coerce.number().int().min(1).default(20),
  // Browsers that never signed in here, from one client address (a hall behind one address).
  OTP_LIMIT_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(300),
  // Devices (browsers) that may hold a code-signing key for one account at once.
  DEVICE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  // Late settlement at the counter: care of the last N days of the same year may still be
  // settled (0: today only). A region's rule; never into an earlier year (lib/terminal).
  SETTLEMENT_BACKDATE_DAYS: z.coerce.number().int().min(0).max(366).default(0),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  // Also write the log to this file (the end-to-end run scans it); standard output otherwise.
  LOG_FILE: optionalText,
  // How often the retention purge runs in each server process (docs/security.md, "Retention").
  PURGE_INTERVAL_SECONDS: z.coerce.number().int().min(10).default(600),
  // Public estimates per minute, per client address (anonymous) and per signed-in account.
  ESTIMATE_LIMIT_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  ESTIMATE_LIMIT_PER_ACCOUNT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  // `npm run bench -- counter` only: serves POST /api/v1/bench/floor, the one-INSERT route every
  // counter figure is compared with. Off (the route answers 404) unless set.
  BENCH_FLOOR_ROUTE: booleanFlag.optional(),
});

export type Env = z.infer<typeof envSchema> & {
  /** Demo mode shows demo accounts and their one-time codes on the sign-in page. */
  demoMode: boolean;
  databaseKind: "pglite" | "postgres";
  /** The interface to listen on. */
  listenHost: string;
  /** Cookies are Secure and HSTS is sent: the public origin is https. */
  httpsOrigin: boolean;
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const parsed = result.data;
  const databaseKind = parsed.DATABASE_URL ? "postgres" : "pglite";
  // Demo mode is the embedded database's default, and never silently on in production.
  const demoMode =
    parsed.DEMO_MODE ?? (databaseKind === "pglite" && parsed.NODE_ENV !== "production");
  // The demo sign-in page lists every demo account with its code: not on the network by default.
  const listenHost = parsed.HOST ?? (demoMode ? "127.0.0.1" : "0.0.0.0");
  const httpsOrigin = parsed.APP_ORIGIN?.startsWith("https://") ?? false;
  return { ...parsed, demoMode, databaseKind, listenHost, httpsOrigin };
}

export const env: Env = parseEnv(process.env);
