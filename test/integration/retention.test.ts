import { afterEach, beforeEach, expect, test, vi } from "vitest";


import { sql } from "drizzle-orm";
import { POST as estimateRoute } from "@/app/api/v1/estimate/route";
import { POST as verifyRoute } from "@/app/api/v1/terminal/vouchers/verify/route";
import { kioskSignInAction } from "@/app/kiosk/actions";
import { signInAction } from "@/app/sign-in/actions";
import { startPasskeySignInAction } from "@/app/sign-in/passkey-actions";
import { provideDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/open";
import { purgeExpired } from "@/lib/retention";
import { callRoute, redirectedTo, request } from "../helpers/next-request";
import { createTestDatabase, SEEDED } from "../helpers/test-db";
import { codeFrom, setUpTestDevice, TEST_TERMINAL_KEY } from "../helpers/voucher-fixtures";

/*
 * A bounded load test of retention: three simulated days of traffic through the real entry
 * points — anonymous passkey starts (one row each, the finding), sign-in codes from new browsers,
 * kiosk sessions, estimates, codes scanned at a counter — with the purge run every half hour, as
 * the server's timer runs it. Every auxiliary table must level off instead of growing.
 */
const TABLES = ["webauthn_challenges", "otp_challenges", "rate_limits", "sessions", "used_voucher_codes", "settlement_tokens"] as const;
const TICK_MS = 30 * 60 * 1000;
const DAYS = 3;
const PEER_TOKEN = "integration-peer-token";
let database: Database;

// PGlite's timers are computed from the (simulated) date and real timeouts: days apart, they
// overflow Node's timer range and Node warns once per statement. Only that warning is silenced.
const warningListeners = process.listeners("warning");
function quietTimerOverflow(warning: Error): void {
  if (warning.name !== "TimeoutOverflowWarning") for (const listener of warningListeners) listener(warning);
}

beforeEach(async () => {
  database = await createTestDatabase("demo-march");
  provideDatabase(database);
  process.removeAllListeners("warning");
  process.on("warning", quietTimerOverflow);
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterEach(async () => {
  vi.useRealTimers();
  process.off("warning", quietTimerOverflow);
  for (const listener of warningListeners) process.on("warning", listener);
  provideDatabase(null);
  await database.close();
});

async function rowCounts(): Promise<Record<(typeof TABLES)[number], number>> {
  const counts = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) {
    const result = (await database.db.execute(sql.raw(`select count(*) as n from ${table}`))) as unknown as { rows: { n: number | string }[] };
    counts[table] = Number(result.rows[0]!.n);
  }
  return counts;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

test("three days of traffic with the purge every half hour: every auxiliary table levels off", async () => {
  const phones = ["13800000001", "13800000002", "13800000003", "13800000004", "13800000005", "13800000007", "13800000009"];
  vi.setSystemTime(SEEDED.march);
  const counter = await setUpTestDevice(database, "zhou-wei", new Date());
  const samples: Array<{ hour: number } & Record<(typeof TABLES)[number], number>> = [];
  let calls = 0;
  const ticks = (DAYS * 24 * 60 * 60 * 1000) / TICK_MS;
  for (let tick = 0; tick < ticks; tick++) {
    vi.setSystemTime(new Date(SEEDED.march.getTime() + tick * TICK_MS));
    const address = (n: number) => ({ "x-yibao-peer": `${PEER_TOKEN} 198.51.${tick % 250}.${n}` });
    // Anonymous passkey starts: before the purge, one row each for ever.
    for (let n = 0; n < 3; n++) {
      request.set({}, address(n));
      await startPasskeySignInAction();
      calls++;
    }
    // Sign-in codes from browsers seen once.
    for (let n = 3; n < 5; n++) {
      request.set({}, address(n));
      await signInAction(null, form({ intent: "send", phone: phones[(tick * 2 + n) % phones.length]! }));
      calls++;
    }
    // An anonymous estimate (a rate-limit window of its own).
    await callRoute(estimateRoute as never, "/api/v1/estimate", { method: "POST", body: "{}", headers: address(6) });
    calls++;
    // A counter scan: a used code and a settlement token.
    await callRoute(verifyRoute as never, "/api/v1/terminal/vouchers/verify", {
      method: "POST",
      headers: { authorization: `Bearer ${TEST_TERMINAL_KEY}`, "content-type": "application/json", ...address(7) },
      body: JSON.stringify({ code: await codeFrom(counter, new Date()) }),
    });
    calls++;
    // Every other tick someone signs in at a kiosk: a 15-minute session.
    if (tick % 2 === 0) {
      request.set({}, address(8));
      const sent = await kioskSignInAction(null, form({ intent: "send", phone: "13800000008" }));
      if (sent.ok && sent.data.step === "code" && sent.data.demoCode) {
        request.set({ yb_device: request.cookie("yb_device")! }, address(8));
        await kioskSignInAction(null, form({ intent: "verify", phone: "13800000008", code: sent.data.demoCode })).catch((error: unknown) => {
          if (redirectedTo(error) === null) throw error;
        });
      }
      calls += 2;
    }
    // Counted just before the purge: the most each table holds.
    if (tick % 12 === 0) samples.push({ hour: (tick * TICK_MS) / 3_600_000, ...(await rowCounts()) });
    await purgeExpired(database.db, new Date());
  }
  console.info(`retention: ${calls} requests over ${DAYS} days; rows every 6 hours:`);
  console.table(samples);

  // Level: through the last day each table holds about the same (its retention's worth of
  // traffic), give or take a tick's rows, however long the traffic goes on.
  const lastDay = samples.filter((s) => s.hour >= (DAYS - 1) * 24);
  for (const table of TABLES) {
    const counts = lastDay.map((s) => s[table]);
    expect(Math.max(...counts), table).toBeLessThanOrEqual(Math.ceil(Math.min(...counts) * 1.1) + 3);
  }
  // And far less than was made: passkey starts alone made 3 rows per half hour.
  expect(samples.at(-1)!.webauthn_challenges).toBeLessThan(20);
  expect(Math.max(...samples.map((s) => s.sessions))).toBeLessThan(5);
});
