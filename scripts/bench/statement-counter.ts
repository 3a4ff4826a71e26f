/**
 * Counts what an app server asks of PostgreSQL, on the wire: a TCP proxy between the app and
 * the server that reads the client's side of the protocol. A statement is a simple Query ('Q')
 * or an extended-protocol Execute ('E'); a round trip is a message after which the client waits
 * for the server — a simple Query, or a Sync ('S') closing an extended-protocol batch (every
 * node-postgres query is Parse/Bind/Describe/Execute/Sync, one round trip). Transaction control
 * (BEGIN, COMMIT) counts as statements too: each is a round trip the request pays for. The text
 * of each statement (a Query's, or the Parse before an Execute) is kept too, for `--statements`.
 */
import { createServer, connect, type Server, type Socket } from "node:net";

export interface WireCounts {
  statements: number;
  roundTrips: number;
  connections: number;
  /** The statements' texts in the order sent (whitespace collapsed). */
  texts: string[];
}

/** A Query's or a Parse's SQL text: after the (possibly empty) statement name for a Parse. */
function sqlText(type: string, body: Buffer): string {
  let start = 0;
  if (type === "P") start = body.indexOf(0) + 1;
  const end = body.indexOf(0, start);
  return body
    .subarray(start, end < 0 ? body.length : end)
    .toString("utf8")
    .replace(/\s+/g, " ")
    .trim();
}

class ClientStream {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  /** The last Parse's text: the statement the next Execute runs. */
  private parsed = "";

  constructor(private readonly counts: WireCounts) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (!this.started) {
        // Start-up (or SSLRequest) messages carry no type byte: length, then the payload.
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        this.buffer = this.buffer.subarray(length);
        // 80877103: SSLRequest, 80877104: GSSENCRequest; the real start-up message follows.
        if (code !== 80877103 && code !== 80877104) this.started = true;
        continue;
      }
      if (this.buffer.length < 5) return;
      const type = String.fromCharCode(this.buffer[0]!);
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      const body = this.buffer.subarray(5, 1 + length);
      this.buffer = this.buffer.subarray(1 + length);
      if (type === "Q") {
        this.counts.statements += 1;
        this.counts.roundTrips += 1;
        this.counts.texts.push(sqlText(type, body));
      } else if (type === "P") this.parsed = sqlText(type, body);
      else if (type === "E") {
        this.counts.statements += 1;
        this.counts.texts.push(this.parsed);
      }
      else if (type === "S") this.counts.roundTrips += 1;
    }
  }
}

export interface StatementCounter {
  /** The port the app should connect to instead of the server's. */
  port: number;
  counts: WireCounts;
  reset(): void;
  close(): Promise<void>;
}

/** A counting proxy on 127.0.0.1:`port` (0: any free port) in front of `target`. */
export async function startStatementCounter(target: { host: string; port: number }, port = 0): Promise<StatementCounter> {
  const counts: WireCounts = { statements: 0, roundTrips: 0, connections: 0, texts: [] };
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    counts.connections += 1;
    const upstream = connect(target.port, target.host);
    const stream = new ClientStream(counts);
    sockets.add(client).add(upstream);
    client.on("data", (chunk: Buffer) => {
      stream.push(chunk);
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the statement counter has no port");
  return {
    port: address.port,
    counts,
    reset() {
      counts.statements = 0;
      counts.roundTrips = 0;
      counts.texts = [];
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
