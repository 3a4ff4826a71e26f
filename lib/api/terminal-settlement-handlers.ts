import "server-only";
import { authenticateTerminal, bearerKey } from "@/lib/auth/terminal-key";
import type { Db } from "@/lib/db/open";
import { getSettlementAtTerminal, reverseAtTerminal, settleAtTerminal } from "@/lib/terminal/settlements";
import { idempotencyKeySchema, reversalRequestSchema, terminalSettlementRequestSchema } from "@/lib/terminal/settlement-request";
import { apiErrorFromThrown, jsonResponse } from "@/lib/http/errors";
import { invalidRequest, readJsonBody } from "@/lib/http/request";

/**
 * The terminal's settlement endpoints over a given database and clock, so integration tests
 * drive the same HTTP mapping as the server (docs/api.md).
 */
export async function handleCreateSettlement(request: Request, db: Db, now: Date): Promise<Response> {
  try {
    const terminal = await authenticateTerminal(db, bearerKey(request.headers.get("authorization")));
    const key = idempotencyKeySchema.safeParse(request.headers.get("idempotency-key") ?? "");
    if (!key.success) throw invalidRequest(["Idempotency-Key header (8–200 characters)"]);
    const parsed = terminalSettlementRequestSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw invalidRequest(parsed.error.issues.map((i) => i.path.join(".") || "body"));
    const { settlement, replayed } = await settleAtTerminal(db, terminal, parsed.data, key.data, now);
    return jsonResponse(settlement, replayed ? 200 : 201, replayed ? { "Idempotent-Replayed": "true" } : {});
  } catch (error) {
    return apiErrorFromThrown(error, "api.terminal.settle");
  }
}

export async function handleGetSettlement(request: Request, db: Db, id: string): Promise<Response> {
  try {
    const terminal = await authenticateTerminal(db, bearerKey(request.headers.get("authorization")));
    return jsonResponse(await getSettlementAtTerminal(db, terminal, id));
  } catch (error) {
    return apiErrorFromThrown(error, "api.terminal.settlement");
  }
}

export async function handleReverseSettlement(request: Request, db: Db, id: string, now: Date): Promise<Response> {
  try {
    const terminal = await authenticateTerminal(db, bearerKey(request.headers.get("authorization")));
    const parsed = reversalRequestSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw invalidRequest(["reason"]);
    return jsonResponse(await reverseAtTerminal(db, terminal, id, parsed.data.reason, now));
  } catch (error) {
    return apiErrorFromThrown(error, "api.terminal.reversal");
  }
}
