/**
 * What every server process does when it starts (instrumentation.ts): one logger for everything
 * it prints, a refusal to run without the secret that keys sign-in codes, and the retention
 * purge on a timer.
 */
import "server-only";
import { authSecret } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { log, routeConsoleToLog } from "@/lib/log";
import { purgeExpired } from "@/lib/retention";

let started = false;

export function startServerProcess(): void {
  if (started) return;
  started = true;
  routeConsoleToLog();
  try {
    authSecret();
  } catch (error) {
    log.fatal({ err: error }, "start-up: configuration refused");
    process.exit(1);
  }
  if (!env.PEER_HEADER_TOKEN) {
    log.warn("start-up: not started by scripts/serve.mjs, so client addresses are unknown and every client shares one address's limits");
  }
  startPurgeTimer(env.PURGE_INTERVAL_SECONDS * 1000);
}

/** Runs the retention purge every `intervalMs`; a failed run is logged and the next one tries again. */
function startPurgeTimer(intervalMs: number): void {
  const run = async () => {
    try {
      const { db } = await getDb();
      const counts = await purgeExpired(db, new Date());
      const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
      if (total > 0) log.info({ purged: counts }, "retention: expired rows deleted");
    } catch (error) {
      log.error({ err: error }, "retention: purge failed");
    }
  };
  setInterval(() => void run(), intervalMs).unref();
}
