import { route } from "@/lib/context";
import { readJsonBody } from "@/lib/http";
import { handleVerifyRequest } from "@/lib/terminal";

/** A counter terminal verifies a scanned e-voucher code (docs/api.md). */
export const POST = route({ who: "terminal", where: "api.terminal.verify" }, async ({ db, now, actor }, request) =>
  handleVerifyRequest(db, actor.terminal, await readJsonBody(request), { now }),
);
