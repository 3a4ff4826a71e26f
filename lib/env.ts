import { z } from "zod";

/**
 * The one place that reads process.env. Every other module imports `env`.
 * A bad value stops start-up with a message that names the variable.
 */
const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"])
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  DEMO_MODE: booleanFlag.optional(),
  SEED_TERMINAL_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  // The public origin (https://…) when a proxy rewrites Host; passkeys are bound to it.
  APP_ORIGIN: z.url().optional().or(z.literal("").transform(() => undefined)),
  // One-time sign-in codes sent per hour, per phone number and per client address.
  OTP_LIMIT_PER_PHONE_PER_HOUR: z.coerce.number().int().min(1).default(10),
  OTP_LIMIT_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(30),
  // Devices (browsers) that may hold a code-signing key for one account at once.
  DEVICE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  // Late settlement at the counter: care of the last N days of the same year may still be
  // settled (0: today only). A region's rule; never into an earlier year (lib/terminal).
  SETTLEMENT_BACKDATE_DAYS: z.coerce.number().int().min(0).max(366).default(0),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
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
  return { ...parsed, demoMode, databaseKind };
}

export const env: Env = parseEnv(process.env);
