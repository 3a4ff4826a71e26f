import { route } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { getSettlement } from "@/lib/ledger";

/** GET /api/v1/me/settlements/{id}[?personId=] — one of the person's settlements with its full split and explanation. */
export const GET = route<{ id: string }>(
  { who: "person", scope: "view_coverage", log: "entitlements.settlement", where: "api.me.settlement" },
  async ({ db, subject }, _request, { id }) => {
    const settlement = await getSettlement(db, subject.personId, id);
    // Another person's settlement reads exactly like one that does not exist.
    if (!settlement) throw new DomainError("not_found");
    return settlement;
  },
);
