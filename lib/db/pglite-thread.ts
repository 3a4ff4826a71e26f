import path from "node:path";
import { Worker } from "node:worker_threads";

/** What the ORM's PGlite driver asks of a client: queries, and transactions whose handle queries. */
interface QueryOptions {
  rowMode?: "array" | "object";
  parsers?: Record<number, (value: string) => unknown>;
}
interface QueryResult {
  rows: unknown[];
  fields: Array<{ name: string; dataTypeID: number }>;
  affectedRows?: number;
}
interface Queryable {
  query(text: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult>;
}
export interface ThreadedPGlite extends Queryable {
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The worker's file, read at run time from the project like the migrations (lib/db/migrate.ts). */
const WORKER_FILE = path.join(process.cwd(), "lib/db/pglite-worker.mjs");

/** A database error as the worker described it: an Error with the same fields (code, constraint …). */
function errorFrom(fields: Record<string, unknown>): Error {
  const error = new Error(String(fields.message ?? "database error"));
  Object.assign(error, fields);
  return error;
}

/**
 * PGlite on a worker thread, behind the client interface the ORM's PGlite driver uses. PGlite runs
 * one statement at a time on one thread; in the app server that thread was the one serving every
 * request, so each statement stopped all of them. On its own thread it runs alongside the requests
 * (a second core), the requests wait only for the database, and the server's thread stays free to
 * read, answer and compute. The worker runs statements and transactions in the order they come
 * (PGlite's own queue, first come first served), exactly as the same PGlite in the process would.
 *
 * Only the ORM's parsers are supported: they keep some types' text as it is (dates, timestamps),
 * so the worker is told which types and does the same.
 */
export async function startPGliteThread(dataDir: string | undefined, loadDataDir?: Blob): Promise<ThreadedPGlite> {
  const worker = new Worker(WORKER_FILE);
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  worker.on("message", (message: { id: number; ok: boolean; value?: unknown; error?: Record<string, unknown> }) => {
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(errorFrom(message.error ?? {}));
  });
  // A thread that failed or ended answers nothing more: everything waiting, and every later call, fails.
  let ended: Error | null = null;
  const end = (error: Error) => {
    ended ??= error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on("error", end);
  worker.on("exit", (code) => end(new Error(`the database thread ended (exit code ${code})`)));
  const call = <T>(message: Record<string, unknown>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (ended) return reject(ended);
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...message, id });
    });
  const query = (text: string, params: unknown[] = [], options: QueryOptions = {}, tx?: number) =>
    call<QueryResult>({ kind: "query", text, params, rowMode: options.rowMode, rawTypes: Object.keys(options.parsers ?? {}).map(Number), tx });

  await call({ kind: "open", dataDir, loadDataDir: loadDataDir ? new Uint8Array(await loadDataDir.arrayBuffer()) : undefined });
  return {
    query: (text, params, options) => query(text, params, options),
    async transaction(work) {
      const tx = await call<number>({ kind: "begin" });
      let result;
      try {
        result = await work({ query: (text, params, options) => query(text, params, options, tx) });
      } catch (error) {
        await call({ kind: "end", tx, commit: false });
        throw error;
      }
      await call({ kind: "end", tx, commit: true });
      return result;
    },
    async close() {
      await call({ kind: "close" });
      await worker.terminate();
    },
  };
}
