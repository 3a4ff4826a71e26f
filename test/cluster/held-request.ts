import { request } from "node:http";
import pg from "pg";

/**
 * Holds one person's ledger lock from a separate database connection (as a long settlement
 * would), so that a settlement for that person is in flight on an instance for as long as the
 * test wants: the way to have a request provably in flight when an instance gets SIGTERM.
 */
export async function holdLedgerLock(databaseUrl: string, personId: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("begin");
  await client.query("insert into ledger_heads (person_id, revision, changed_at) values ($1, 0, now()) on conflict (person_id) do update set revision = ledger_heads.revision", [personId]);
  const { rows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
  const pid = rows[0]!.pid;
  return {
    /** How many other sessions wait for this lock. */
    async waiters(): Promise<number> {
      const result = await client.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where $1 = any(pg_blocking_pids(pid))", [pid]);
      return result.rows[0]!.n;
    },
    async release(): Promise<void> {
      await client.query("commit");
      await client.end();
    },
  };
}

/** POST straight to one instance, on a connection of its own (Connection: close). */
export function postDirect(port: number, path: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = request(
      { host: "127.0.0.1", port, path, method: "POST", agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) as Record<string, unknown> }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** Whether the port still accepts a connection (a draining instance has stopped listening). */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path: "/api/v1/health", agent: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}
