import { freshCode, type LoadPerson, type LoadTerminal } from "./load-world";

/**
 * A counter as it should behave against the terminal API through the balancer: verify a fresh
 * code, settle the bill under its own Idempotency-Key, and when the answer is lost (connection
 * error, the balancer's 502/503/504, a timeout) send the very same request again. Every request
 * is recorded with the instance that answered (the balancer's X-Served-By header).
 */

/** Kinds a counter may meet and recover from by repeating the request (or asking for a fresh code). */
export const RETRYABLE_KINDS = new Set([
  "connection_error",
  "timeout",
  "balancer_502",
  "balancer_503",
  "balancer_504",
  "rate_limited",
  // The verify was accepted but its answer was lost: the repeat is refused as used; a fresh code follows.
  "verify_answer_lost",
  // The reversal was made but its answer was lost: the repeat says it is already reversed.
  "reversal_answer_lost",
]);

export interface RequestRecord {
  route: "verify" | "settle" | "reversal";
  startedAt: number;
  endedAt: number;
  servedBy: string | null;
  /** HTTP status, or 0 when no response came back. */
  status: number;
  /** "ok", an error kind, or the API's error code. */
  outcome: string;
  /** For a lost answer: what the HTTP client said (e.g. the socket was closed). */
  detail?: string;
}

export interface AcceptedSettlement {
  terminalId: string;
  idempotencyKey: string;
  id: string;
  amounts: Record<string, number>;
  reversed: boolean;
}

export interface LoadResult {
  requests: RequestRecord[];
  errorsByKind: Map<string, number>;
  settlements: AcceptedSettlement[];
  codesAccepted: number;
  codesSpentUnseen: number;
  replaysChecked: number;
  codeReplaysRefused: number;
  /** Settlements whose first answer was lost: the repeat found the first one (replayed) or made it (new). */
  settledOnRepeat: { replayed: number; new: number };
  visits: number;
}

interface Answer {
  status: number;
  servedBy: string | null;
  headers: Headers;
  body: Record<string, unknown> | null;
  kind: string | null; // a retryable transport kind, or null for an answer from the app
  detail?: string;
}

const REQUEST_TIMEOUT_MS = 20_000;

/** A pharmacy bill that differs a little from visit to visit: a class-A drug and a class-C item. */
export function pharmacyBill(settlementToken: string, n: number) {
  return {
    settlementToken,
    visit: { kind: "pharmacy" },
    lines: [
      { name: "二甲双胍片", class: "A", amount: (10 + (n % 37)).toFixed(2) },
      { name: "维生素C", class: "C", amount: 5 + (n % 3) },
    ],
    useAccount: true,
  };
}
const MAX_ATTEMPTS = 8;

export class CounterClient {
  readonly result: LoadResult = {
    requests: [],
    errorsByKind: new Map(),
    settlements: [],
    codesAccepted: 0,
    codesSpentUnseen: 0,
    replaysChecked: 0,
    codeReplaysRefused: 0,
    settledOnRepeat: { replayed: 0, new: 0 },
    visits: 0,
  };

  constructor(private readonly baseUrl: string) {}

  private count(kind: string): void {
    this.result.errorsByKind.set(kind, (this.result.errorsByKind.get(kind) ?? 0) + 1);
  }

  /** One HTTP request; a lost answer comes back as a retryable kind, never as an exception. */
  private async send(route: RequestRecord["route"], path: string, terminal: LoadTerminal, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const startedAt = Date.now();
    let answer: Answer;
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${terminal.key}`, ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      let json: Record<string, unknown> | null = null;
      try {
        json = JSON.parse(text) as Record<string, unknown>;
      } catch {
        json = null;
      }
      const fromBalancer = [502, 503, 504].includes(response.status) && json === null;
      const kind = fromBalancer ? `balancer_${response.status}` : response.status === 429 ? "rate_limited" : null;
      answer = { status: response.status, servedBy: response.headers.get("x-served-by") || null, headers: response.headers, body: json, kind };
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      answer = { status: 0, servedBy: null, headers: new Headers(), body: null, kind: timedOut ? "timeout" : "connection_error", detail: cause?.code ?? cause?.message ?? String(error) };
    }
    const code = (answer.body?.error as { code?: string } | undefined)?.code;
    const outcome = answer.kind ?? (answer.status < 300 ? "ok" : (code ?? `http_${answer.status}`));
    this.result.requests.push({ route, startedAt, endedAt: Date.now(), servedBy: answer.servedBy, status: answer.status, outcome, detail: answer.detail });
    return answer;
  }

  /** Sends until an answer comes from the app (or the attempts run out); returns it and how many attempts it took. */
  private async sendUntilAnswered(route: RequestRecord["route"], path: string, terminal: LoadTerminal, body: unknown, headers?: Record<string, string>): Promise<{ answer: Answer; attempts: number }> {
    for (let attempt = 1; ; attempt++) {
      const answer = await this.send(route, path, terminal, body, headers);
      if (answer.kind === null) return { answer, attempts: attempt };
      this.count(answer.kind);
      if (attempt >= MAX_ATTEMPTS) return { answer, attempts: attempt };
      const retryAfter = Number(answer.headers.get("retry-after") ?? 0) * 1000;
      await new Promise((r) => setTimeout(r, Math.max(retryAfter, Math.min(2000, 100 * 2 ** (attempt - 1)) * (0.5 + Math.random()))));
    }
  }

  private fail(kind: string): null {
    this.count(kind);
    return null;
  }

  /** A verified scan's settlement token, for a settlement the caller makes itself. */
  verifyOnly(person: LoadPerson, terminal: LoadTerminal): Promise<string | null> {
    return this.verify(person, terminal, false);
  }

  /** A settlement made outside visit() (as the counter was told), for the ledger check. */
  recordAccepted(settlement: AcceptedSettlement): void {
    this.result.settlements.push(settlement);
  }

  /** Verifies a fresh code until one is accepted; returns the settlement token. */
  private async verify(person: LoadPerson, terminal: LoadTerminal, checkReplay: boolean): Promise<string | null> {
    for (let code = 0; code < 3; code++) {
      const text = await freshCode(person);
      const { answer, attempts } = await this.sendUntilAnswered("verify", "/api/v1/terminal/vouchers/verify", terminal, { code: text });
      const errorCode = (answer.body?.error as { code?: string } | undefined)?.code;
      if (answer.status === 200) {
        this.result.codesAccepted += 1;
        if (checkReplay) {
          // The same code again, at once: it must be refused as used, on whichever instance.
          const again = await this.sendUntilAnswered("verify", "/api/v1/terminal/vouchers/verify", terminal, { code: text });
          if (again.answer.status === 409 && (again.answer.body?.error as { code?: string }).code === "code_already_used") this.result.codeReplaysRefused += 1;
          else this.fail(`code_replay_not_refused_${again.answer.status}`);
        }
        return (answer.body!.settlement as { token: string }).token;
      }
      if (answer.status === 409 && errorCode === "code_already_used" && attempts > 1) {
        // An earlier attempt was accepted and its answer lost: the counter asks for a fresh code.
        this.count("verify_answer_lost");
        this.result.codesSpentUnseen += 1;
        continue;
      }
      return this.fail(answer.kind ? `gave_up_${answer.kind}` : `verify_${answer.status}_${errorCode ?? "unknown"}`);
    }
    return this.fail("verify_no_code_accepted");
  }

  /** One person at one counter: verify, settle, sometimes repeat the settlement on purpose, sometimes reverse it. */
  async visit(n: number, person: LoadPerson, terminal: LoadTerminal, runId: string): Promise<void> {
    this.result.visits += 1;
    const token = await this.verify(person, terminal, n % 7 === 3);
    if (!token) return;
    const idempotencyKey = `cluster-${runId}-${String(n).padStart(6, "0")}`;
    const bill = pharmacyBill(token, n);
    const headers = { "idempotency-key": idempotencyKey };
    const { answer, attempts } = await this.sendUntilAnswered("settle", "/api/v1/terminal/settlements", terminal, bill, headers);
    const replayed = answer.headers.get("idempotent-replayed") === "true";
    // 201 first time; 200 "replayed" is right only when an earlier attempt's answer was lost.
    if (!(answer.status === 201 || (answer.status === 200 && replayed && attempts > 1))) {
      const errorCode = (answer.body?.error as { code?: string } | undefined)?.code;
      this.fail(answer.kind ? `gave_up_${answer.kind}` : `settle_${answer.status}_${errorCode ?? (replayed ? "replayed_at_first" : "unknown")}`);
      return;
    }
    if (attempts > 1) this.result.settledOnRepeat[replayed ? "replayed" : "new"] += 1;
    const first = answer.body as { id: string; amounts: Record<string, number> };
    const accepted: AcceptedSettlement = { terminalId: terminal.id, idempotencyKey, id: first.id, amounts: first.amounts, reversed: false };
    this.result.settlements.push(accepted);

    if (n % 4 === 1) {
      // The counter repeats the request on purpose: the first answer, nothing new written.
      const again = await this.sendUntilAnswered("settle", "/api/v1/terminal/settlements", terminal, bill, headers);
      const body = again.answer.body as { id?: string; amounts?: Record<string, number> } | null;
      const same = again.answer.status === 200 && again.answer.headers.get("idempotent-replayed") === "true" && body?.id === first.id && JSON.stringify(body?.amounts) === JSON.stringify(first.amounts);
      if (same) this.result.replaysChecked += 1;
      else this.fail(`replay_differs_${again.answer.status}`);
    }

    if (n % 10 === 6) {
      const reversal = await this.sendUntilAnswered("reversal", `/api/v1/terminal/settlements/${first.id}/reversal`, terminal, { reason: "负载测试冲正" });
      const errorCode = (reversal.answer.body?.error as { code?: string } | undefined)?.code;
      if (reversal.answer.status === 200) accepted.reversed = true;
      else if (reversal.answer.status === 409 && errorCode === "already_reversed" && reversal.attempts > 1) {
        this.count("reversal_answer_lost");
        accepted.reversed = true;
      } else this.fail(reversal.answer.kind ? `gave_up_${reversal.answer.kind}` : `reversal_${reversal.answer.status}_${errorCode ?? "unknown"}`);
    }
  }
}
