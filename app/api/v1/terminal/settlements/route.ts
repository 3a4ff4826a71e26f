import { route } from "@/lib/context";
import { env } from "@/lib/env";
import { jsonResponse, readJsonBody } from "@/lib/http";
import { settleRequestAtTerminal } from "@/lib/terminal";

/** A counter terminal settles a bill after a verified scan (docs/api.md); 201, or 200 for a replay of the same key. */
export const POST = route({ who: "terminal", where: "api.terminal.settle" }, async ({ db, now, actor }, request) => {
  const { settlement, replayed } = await settleRequestAtTerminal(db, actor.terminal, await readJsonBody(request), request.headers.get("idempotency-key"), now, {
    backdateDays: env.SETTLEMENT_BACKDATE_DAYS,
  });
  return jsonResponse(settlement, replayed ? 200 : 201, replayed ? { "Idempotent-Replayed": "true" } : {});
});
