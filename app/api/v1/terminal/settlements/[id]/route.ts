import { route } from "@/lib/context";
import { getSettlementAtTerminal } from "@/lib/terminal";

/** A settlement made at this terminal's facility (docs/api.md). */
export const GET = route<{ id: string }>({ who: "terminal", where: "api.terminal.settlement" }, async ({ db, actor }, _request, { id }) =>
  getSettlementAtTerminal(db, actor.terminal, id),
);
