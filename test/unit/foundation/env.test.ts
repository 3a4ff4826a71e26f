import { describe, expect, test } from "vitest";
import { parseEnv } from "@/lib/env";

describe("environment", () => {
  test("defaults: embedded database in .data/pglite, port 3000, demo mode outside production, on loopback only", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, listenHost: "127.0.0.1", PGLITE_DATA_DIR: ".data/pglite", databaseKind: "pglite", demoMode: true });
  });

  test("outside demo mode the server listens on every interface; HOST always wins", () => {
    expect(parseEnv({ NODE_ENV: "production" }).listenHost).toBe("0.0.0.0");
    expect(parseEnv({ HOST: "0.0.0.0" }).listenHost).toBe("0.0.0.0");
  });

  test("an https APP_ORIGIN makes cookies Secure and turns on HSTS; TRUSTED_PROXIES reads addresses, ranges and loopback", () => {
    expect(parseEnv({ APP_ORIGIN: "https://yibao.example.cn" }).httpsOrigin).toBe(true);
    expect(parseEnv({ APP_ORIGIN: "http://localhost:3000" }).httpsOrigin).toBe(false);
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, loopback" }).TRUSTED_PROXIES).toEqual(["10.0.0.0/8", "127.0.0.0/8", "::1"]);
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
  });

  test("a postgres URL selects PostgreSQL and turns demo mode off by default", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://u:p@127.0.0.1:5432/yibao" });
    expect(env.databaseKind).toBe("postgres");
    expect(env.demoMode).toBe(false);
  });

  test("an empty DATABASE_URL means the embedded database", () => {
    expect(parseEnv({ DATABASE_URL: "" }).databaseKind).toBe("pglite");
  });

  test("production without DEMO_MODE is not demo mode; DEMO_MODE=1 turns it on", () => {
    expect(parseEnv({ NODE_ENV: "production" }).demoMode).toBe(false);
    expect(parseEnv({ NODE_ENV: "production", DEMO_MODE: "1" }).demoMode).toBe(true);
    expect(parseEnv({ DEMO_MODE: "0" }).demoMode).toBe(false);
  });

  test.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL: must be a postgres://"],
    [{ DEMO_MODE: "maybe" }, "DEMO_MODE"],
    [{ SEED_TERMINAL_KEY: "short" }, "SEED_TERMINAL_KEY: must be at least 16"],
    [{ AUTH_SECRET: "too short" }, "AUTH_SECRET: must be at least 32"],
    [{ TRUSTED_PROXIES: "the proxy" }, "TRUSTED_PROXIES"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
  ])("a bad value stops start-up naming the variable: %o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });
});
