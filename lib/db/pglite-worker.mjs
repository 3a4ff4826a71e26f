// The embedded database on its own thread (lib/db/pglite-thread.ts starts it): PGlite runs here,
// so its work no longer shares the app server's one JavaScript thread with the requests. Plain
// JavaScript, loaded by path at run time (not bundled), like the migrations folder.
//
// Messages in: { id, kind: "open", dataDir, loadDataDir? (a dump's bytes) } | { id, kind: "query", text, params, rowMode, rawTypes, tx? }
//   | { id, kind: "begin" } | { id, kind: "end", tx, commit } | { id, kind: "close" }.
// Messages out: { id, ok: true, value } | { id, ok: false, error }.
import { parentPort } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

let database;
/** Open transactions by id: the PGlite transaction's handle and how to end it. */
const transactions = new Map();
let nextTransaction = 1;

/** Every own field of a database error (code, constraint, detail …), for the app's error mapping. */
function plainError(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields = { name: error.name, message: error.message, stack: error.stack };
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) fields[key] = value;
  }
  return fields;
}

// The only parsers the ORM hands PGlite keep a type's text as it is (dates, timestamps,
// intervals): the thread is told which types, and does the same.
function queryOptions(message) {
  const parsers = Object.fromEntries((message.rawTypes ?? []).map((oid) => [oid, (value) => value]));
  return { rowMode: message.rowMode, parsers };
}

async function handle(message) {
  switch (message.kind) {
    case "open":
      database = await PGlite.create({ dataDir: message.dataDir, loadDataDir: message.loadDataDir ? new Blob([message.loadDataDir]) : undefined });
      return null;
    case "query": {
      const target = message.tx === undefined ? database : transactions.get(message.tx)?.tx;
      if (!target) throw new Error("transaction is closed");
      const result = await target.query(message.text, message.params, queryOptions(message));
      return { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows };
    }
    case "begin":
      return new Promise((begun, failed) => {
        const id = nextTransaction++;
        database
          .transaction(
            (tx) =>
              new Promise((commit, rollback) => {
                transactions.set(id, { tx, commit, rollback });
                begun(id);
              }),
          )
          .then(
            () => transactions.get(id)?.ended.resolve(),
            (error) => (transactions.has(id) ? transactions.get(id).ended?.reject(error) : failed(error)),
          )
          .finally(() => transactions.delete(id));
      });
    case "end": {
      const open = transactions.get(message.tx);
      if (!open) throw new Error("transaction is closed");
      const ended = new Promise((resolve, reject) => (open.ended = { resolve, reject }));
      if (message.commit) open.commit();
      else open.rollback(new Error("rolled back"));
      try {
        await ended;
      } catch (error) {
        if (message.commit) throw error;
      }
      return null;
    }
    case "close":
      await database?.close();
      return null;
    default:
      throw new Error(`unknown message ${message.kind}`);
  }
}

parentPort.on("message", (message) => {
  handle(message).then(
    (value) => parentPort.postMessage({ id: message.id, ok: true, value }),
    (error) => parentPort.postMessage({ id: message.id, ok: false, error: plainError(error) }),
  );
});
