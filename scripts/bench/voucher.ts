/**
 * E-voucher benchmark, three figures from one run:
 *
 *   verify over HTTP   POST /api/v1/terminal/vouchers/verify against the production server
 *                      (`node scripts/start.mjs` on a free loopback port, throwaway PGlite):
 *                      every request is a fresh code, checked end to end (terminal key, rate
 *                      limit, signature, device, time, once-only record, settlement token);
 *   crypto.verify      bare node:crypto ECDSA P-256 verifications of the same kind of code,
 *                      in the same process and run: the floor that HTTP is compared with;
 *   time to QR         the code screen opened offline in Chromium, unthrottled and with the
 *                      CPU slowed 4× (scripts/bench/time-to-qr.ts).
 *
 * Bounded in count and time, loopback only. The server's limit of 60 verifications a minute
 * per terminal is kept (it is part of what is measured): the requests are spread over enough
 * terminals, created before the server starts. Run alone with
 * `npx tsx --conditions=react-server scripts/bench/voucher.ts`.
 */
import { createPublicKey, verify as cryptoVerify, webcrypto } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { QR_DRAWN_MARK } from "@/components/voucher/performance-marks";
import { registerDevice } from "@/lib/devices";
import { VERIFY_RATE_LIMIT } from "@/lib/terminal";
import { migrateDatabase } from "@/lib/db";
import { openDatabase } from "@/lib/db";
import { seedBenchTerminals, seedDemoData } from "@/lib/seed";
import { personId } from "@/lib/seed";
import { seedId } from "@/lib/seed";
import { decodeVoucherCode, generateDeviceKeyPair, signVoucherCode, unixSeconds } from "@/lib/voucher";
// @ts-expect-error -- plain ESM helpers shared with the .mjs tools
import { startAppServer } from "../lib/app-server.mjs";
import { benchTimeToQr, printTimeToQr, type TimeToQrMode } from "./time-to-qr";
// @ts-expect-error -- as above
import { launchChromium } from "../lib/browser-session.mjs";

const VERIFICATIONS = 600;
const IN_FLIGHT = 8;
const MAX_HTTP_SECONDS = 40;
const CRYPTO_SECONDS = 1;
const DEMO_PEOPLE = ["chen", "lin", "huang", "wang"];

export interface VoucherBenchResult {
  http: { verifications: number; seconds: number; perSecond: number; inFlight: number; p50Ms: number; p95Ms: number; statuses: Record<string, number> };
  cryptoVerify: { verifications: number; seconds: number; perSecond: number };
  /** HTTP verifications per second ÷ bare crypto.verify calls per second. */
  ratio: number;
  timeToQr: TimeToQrMode[] | null;
}

interface Signer {
  voucherId: string;
  deviceId: string;
  privateKey: CryptoKey;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** A migrated, seeded PGlite folder with enough terminals for the run and one device per demo person. */
async function prepareDatabase(terminalKey: string): Promise<{ dataDir: string; signers: Signer[]; terminalKeys: string[] }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "yibao-bench-voucher-"));
  const database = await openDatabase({ pgliteDataDir: dataDir });
  try {
    await migrateDatabase(database);
    const now = new Date();
    await seedDemoData(database.db, { terminalKey, today: now });
    const terminalKeys = Array.from(
      { length: Math.ceil((VERIFICATIONS + 50) / VERIFY_RATE_LIMIT.limit) + 1 },
      (_, i) => `ybt_bench_voucher_terminal_${String(i).padStart(3, "0")}_key`,
    );
    await seedBenchTerminals(database.db, terminalKeys);
    const signers: Signer[] = [];
    for (const key of DEMO_PEOPLE) {
      const pair = await generateDeviceKeyPair();
      const device = await registerDevice(
        database.db,
        { userId: seedId(`user:${key}`), personId: personId(key), sessionId: null, publicKeySpki: pair.publicKeySpki, userAgent: "bench" },
        now,
      );
      signers.push({ voucherId: device.voucherId!, deviceId: device.deviceId, privateKey: pair.privateKey });
    }
    return { dataDir, signers, terminalKeys };
  } finally {
    await database.close();
  }
}

async function benchHttp(url: string, signers: Signer[], terminalKeys: string[]): Promise<VoucherBenchResult["http"]> {
  let next = 0;
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  const one = async (i: number, record: boolean) => {
    const signer = signers[i % signers.length]!;
    const code = await signVoucherCode({ voucherId: signer.voucherId, deviceId: signer.deviceId, issuedAt: unixSeconds(new Date()) }, signer.privateKey);
    const started = performance.now();
    const response = await fetch(`${url}/api/v1/terminal/vouchers/verify`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${terminalKeys[i % terminalKeys.length]}` },
      body: JSON.stringify({ code }),
    });
    await response.arrayBuffer();
    if (!record) return;
    latencies.push(performance.now() - started);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  };
  // Warm-up: JIT, key cache, connection pool; not counted (but counted by the rate limit, hence the +50 above).
  for (let i = 0; i < 40; i++) await one(i, false);
  next = 40;
  const deadline = Date.now() + MAX_HTTP_SECONDS * 1000;
  const started = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (done < VERIFICATIONS && Date.now() < deadline) {
        done++;
        await one(next++, true);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    verifications: latencies.length,
    seconds: round(seconds, 2),
    perSecond: round(latencies.length / seconds, 1),
    inFlight: IN_FLIGHT,
    p50Ms: round(percentile(latencies, 50), 1),
    p95Ms: round(percentile(latencies, 95), 1),
    statuses,
  };
}

/** node:crypto.verify on a real code's signed bytes, as many times as fit in CRYPTO_SECONDS. */
async function benchCryptoVerify(): Promise<VoucherBenchResult["cryptoVerify"]> {
  const pair = await generateDeviceKeyPair();
  const text = await signVoucherCode({ voucherId: seedId("bench:v"), deviceId: seedId("bench:d"), issuedAt: unixSeconds(new Date()) }, pair.privateKey);
  const decoded = decodeVoucherCode(text);
  if (!decoded.ok) throw new Error("bench code did not decode");
  const spki = Buffer.from(new Uint8Array(await webcrypto.subtle.exportKey("spki", pair.publicKey)));
  const key = createPublicKey({ key: spki, format: "der", type: "spki" });
  const data = decoded.value.signedBytes;
  const signature = decoded.value.signature;
  const check = () => cryptoVerify("sha256", data, { key, dsaEncoding: "ieee-p1363" }, signature);
  for (let i = 0; i < 200; i++) if (!check()) throw new Error("crypto.verify refused a valid signature");
  let count = 0;
  const started = performance.now();
  const end = started + CRYPTO_SECONDS * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) check();
    count += 100;
  }
  const seconds = (performance.now() - started) / 1000;
  return { verifications: count, seconds: round(seconds, 2), perSecond: Math.round(count / seconds) };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export async function benchVoucher(options: { timeToQr?: boolean } = {}): Promise<VoucherBenchResult> {
  const terminalKey = "ybt_bench_terminal_key_0001";
  const { dataDir, signers, terminalKeys } = await prepareDatabase(terminalKey);
  const server = await startAppServer({ terminalKey, dataDir });
  try {
    const http = await benchHttp(server.url, signers, terminalKeys);
    const cryptoVerifyResult = await benchCryptoVerify();
    let timeToQr: VoucherBenchResult["timeToQr"] = null;
    if (options.timeToQr !== false) {
      const browser: Browser = await launchChromium();
      try {
        timeToQr = await benchTimeToQr(browser, server.url);
      } finally {
        await browser.close();
      }
    }
    const result = { http, cryptoVerify: cryptoVerifyResult, ratio: round(http.perSecond / cryptoVerifyResult.perSecond, 4), timeToQr };
    const outDir = path.join(process.cwd(), "bench-results");
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, "voucher.json"), JSON.stringify({ measuredAt: new Date().toISOString(), ...result }, null, 2));
    return result;
  } finally {
    await server.stop();
  }
}

/** The figures as printed by `npm run bench`. */
export function printVoucherBench(result: VoucherBenchResult): void {
  console.log("\n## E-voucher: verification over HTTP vs bare crypto.verify, and time to QR offline");
  console.table([
    { measure: `verify over HTTP (${result.http.inFlight} in flight)`, count: result.http.verifications, seconds: result.http.seconds, perSecond: result.http.perSecond },
    { measure: "node:crypto.verify (ECDSA P-256)", count: result.cryptoVerify.verifications, seconds: result.cryptoVerify.seconds, perSecond: result.cryptoVerify.perSecond },
  ]);
  console.log(
    `HTTP ÷ crypto.verify = ${result.ratio} (HTTP latency p50 ${result.http.p50Ms} ms, p95 ${result.http.p95Ms} ms; statuses ${JSON.stringify(result.http.statuses)})`,
  );
  if (result.timeToQr) {
    printTimeToQr(result.timeToQr);
  } else {
    console.log("Time to QR: not measured");
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.dirname, "voucher.ts")) {
  benchVoucher()
    .then(printVoucherBench)
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
