import { route } from "@/lib/context";
import { readJsonBody } from "@/lib/http";
import { reverseRequestAtTerminal } from "@/lib/terminal";

/** Reverses a mistaken settlement, once (docs/api.md). */
export const POST = route<{ id: string }>({ who: "terminal", where: "api.terminal.reversal" }, async ({ db, now, actor }, request, { id }) =>
  reverseRequestAtTerminal(db, actor.terminal, id, await readJsonBody(request), now),
);
