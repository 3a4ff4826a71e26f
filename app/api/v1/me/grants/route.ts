import { route } from "@/lib/context";
import { listGrants } from "@/lib/family";

/** GET /api/v1/me/grants — family grants given and received by the signed-in account. Only its own; nothing to select. */
export const GET = route({ who: "account", where: "api.me.grants" }, async ({ db, now, actor }) => listGrants(db, actor, now));
