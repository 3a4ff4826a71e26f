import "server-only";
import { authenticateTerminal, bearerKey } from "@/lib/auth/terminal-key";
import { handleVerifyRequest, type VerifyAtTerminalOptions } from "@/lib/terminal/voucher-verification";
import type { Db } from "@/lib/db/open";
import { apiErrorFromThrown, jsonResponse } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/request";

/**
 * POST /api/v1/terminal/vouchers/verify, over a given database and clock, so integration
 * tests drive the same HTTP mapping (auth header, status codes, error shape) as the server.
 */
export async function handleVerifyVoucher(
  request: Request,
  db: Db,
  options: VerifyAtTerminalOptions,
): Promise<Response> {
  try {
    const terminal = await authenticateTerminal(db, bearerKey(request.headers.get("authorization")));
    const body = await readJsonBody(request);
    return jsonResponse(await handleVerifyRequest(db, terminal, body, options));
  } catch (error) {
    return apiErrorFromThrown(error, "api.terminal.verify");
  }
}
