/**
 * The requests of `npm run bench -- counter` and the closed loop that sends them: N requests in
 * flight, each worker sending its next request as soon as the last one answered, for a fixed
 * window. Bodies are made before the window (codes signed, tokens issued) so that the load
 * generator spends as little of the shared CPU as it can while the server is measured.
 */
import { Agent, request as httpRequest } from "node:http";
import { chinaDay } from "@/lib/dates";
import { freshCode, type LoadPerson, type LoadTerminal } from "../load/load-world";
import { pharmacyBill } from "../load/counter-client";

export type Kind = "floor" | "verify" | "settle" | "estimate";

export interface Answer {
  status: number;
  body: string;
}

export interface WindowResult {
  completed: number;
  errors: Map<string, number>;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** A keep-alive HTTP client for one server, with as many sockets as requests in flight. */
export class HttpClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });
  private readonly url: URL;

  constructor(baseUrl: string) {
    this.url = new URL(baseUrl);
  }

  post(path: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          path,
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  }

  get(path: string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ agent: this.agent, host: this.url.hostname, port: this.url.port, path, method: "GET" }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end();
    });
  }

  /**
   * Opens `count` connections (the health check, all at once) right before a window, so that a
   * window measures requests on open connections — as a counter keeps its own — and not the
   * opening of new ones: the server closes idle connections after 5 s, which the pauses between
   * windows (signing codes, issuing tokens) exceed, and a burst of new connections on a busy
   * Node.js server is served late (seconds at 32), which would be most of a window's p99.
   */
  async open(count: number): Promise<void> {
    await Promise.all(Array.from({ length: count }, () => this.get("/api/v1/health")));
  }

  close(): void {
    this.agent.destroy();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Sends `send(i)` with `inFlight` at a time for `seconds`; only answers that arrive within the
 * window count. `send` resolves to null for a success, or an error kind.
 */
export async function runWindow(inFlight: number, seconds: number, send: (i: number) => Promise<string | null>): Promise<WindowResult> {
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const i = next++;
      const begun = performance.now();
      let outcome: string | null;
      try {
        outcome = await send(i);
      } catch (error) {
        outcome = error instanceof Error ? error.message.slice(0, 60) : "exception";
      }
      const ended = performance.now();
      if (ended > deadline) break;
      if (outcome === null) latencies.push(ended - begun);
      else errors.set(outcome, (errors.get(outcome) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  latencies.sort((a, b) => a - b);
  return {
    completed: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

function errorCode(answer: Answer): string {
  try {
    const code = (JSON.parse(answer.body) as { error?: { code?: string } }).error?.code;
    return `${answer.status} ${code ?? ""}`.trim();
  } catch {
    return String(answer.status);
  }
}

interface Token {
  token: string;
  terminal: LoadTerminal;
  issuedAt: number;
}

interface SignedCode {
  text: string;
  signedAt: number;
}

// Settlement tokens live 10 minutes and codes 60 s: older ones are not used.
const TOKEN_USABLE_MS = 8 * 60_000;
const CODE_USABLE_MS = 40_000;

/** Everything a counter sends, made ahead where it can be. */
export class CounterRequests {
  private codes: SignedCode[] = [];
  private tokens: Token[] = [];
  private sequence = 0;
  private readonly runId = Math.random().toString(36).slice(2, 10);
  private readonly estimateBody: string;

  constructor(
    private readonly client: HttpClient,
    private readonly people: LoadPerson[],
    private readonly terminals: LoadTerminal[],
  ) {
    this.estimateBody = JSON.stringify({
      policy: "CN-350400",
      serviceDate: chinaDay(new Date()),
      person: { insurance: "employee", status: "active", age: 58 },
      visit: { kind: "general_outpatient", facilityLevel: 1 },
      items: [
        { code: "XA10BAE015A001010100000", quantity: 2, unitPrice: "6.50" },
        { code: "XA02BCA001B003010100000", amount: "25.00", quantity: 2 },
        { name: "一般诊疗费", class: "A", amount: "10.00" },
      ],
      accumulators: { deductiblePaid: 0 },
      personalAccount: { balance: 500, use: true, owner: "self" },
    });
  }

  get tokensReady(): number {
    return this.tokens.length;
  }

  /** Signs `count` fresh codes now, spread over the people. */
  async signCodes(count: number): Promise<void> {
    const now = Date.now();
    this.codes = this.codes.filter((c) => now - c.signedAt < CODE_USABLE_MS);
    const made = await Promise.all(Array.from({ length: Math.max(0, count - this.codes.length) }, (_, i) => freshCode(this.people[(this.sequence + i) % this.people.length]!)));
    this.sequence += made.length;
    this.codes.push(...made.map((text) => ({ text, signedAt: now })));
  }

  private async nextCode(): Promise<string> {
    const code = this.codes.pop();
    if (code && Date.now() - code.signedAt < CODE_USABLE_MS) return code.text;
    return freshCode(this.people[this.sequence++ % this.people.length]!);
  }

  private terminal(i: number): LoadTerminal {
    return this.terminals[i % this.terminals.length]!;
  }

  async floor(i: number): Promise<string | null> {
    const answer = await this.client.post("/api/v1/bench/floor", JSON.stringify({ n: i, at: "counter" }));
    return answer.status === 201 ? null : errorCode(answer);
  }

  /** Verifies a fresh code; keeps the settlement token for a later settle. */
  async verify(_i: number): Promise<string | null> {
    const terminal = this.terminal(this.sequence++);
    const answer = await this.client.post("/api/v1/terminal/vouchers/verify", JSON.stringify({ code: await this.nextCode() }), { authorization: `Bearer ${terminal.key}` });
    if (answer.status !== 200) return errorCode(answer);
    const token = (JSON.parse(answer.body) as { settlement: { token: string } }).settlement.token;
    this.tokens.push({ token, terminal, issuedAt: Date.now() });
    return null;
  }

  /** Verifies codes, 8 at a time and unmeasured, until `wanted` settlement tokens are ready. */
  async topUpTokens(wanted: number): Promise<void> {
    await this.signCodes(wanted - this.tokens.length);
    const worker = async () => {
      while (this.tokens.length < wanted) {
        const outcome = await this.verify(0);
        if (outcome !== null) throw new Error(`verify failed while making settlement tokens: ${outcome}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  }

  /** Settles a bill on a token a verify left; "no_token" when none is left (the window is then void). */
  async settle(i: number): Promise<string | null> {
    let token = this.tokens.shift();
    while (token && Date.now() - token.issuedAt > TOKEN_USABLE_MS) token = this.tokens.shift();
    if (!token) return "no_token";
    const body = JSON.stringify(pharmacyBill(token.token, i));
    const answer = await this.client.post("/api/v1/terminal/settlements", body, {
      authorization: `Bearer ${token.terminal.key}`,
      "idempotency-key": `bench-${this.runId}-${this.sequence++}`,
    });
    return answer.status === 201 ? null : errorCode(answer);
  }

  async estimate(): Promise<string | null> {
    const answer = await this.client.post("/api/v1/estimate", this.estimateBody);
    return answer.status === 200 ? null : errorCode(answer);
  }

  send(kind: Kind, i: number): Promise<string | null> {
    if (kind === "floor") return this.floor(i);
    if (kind === "verify") return this.verify(i);
    if (kind === "settle") return this.settle(i);
    return this.estimate();
  }
}
