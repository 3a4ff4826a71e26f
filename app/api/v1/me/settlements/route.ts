import { z } from "zod";
import { route } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { listSettlements, MAX_SETTLEMENT_PAGE } from "@/lib/ledger";

const query = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_SETTLEMENT_PAGE).optional(),
  cursor: z.string().min(1).max(200).optional(),
});

/** GET /api/v1/me/settlements[?limit=&cursor=&personId=] — the person's settlements, newest first. */
export const GET = route({ who: "person", scope: "view_coverage", log: "entitlements.settlements", where: "api.me.settlements" }, async ({ db, subject }, request) => {
  const params = new URL(request.url).searchParams;
  const parsed = query.safeParse({ limit: params.get("limit") ?? undefined, cursor: params.get("cursor") ?? undefined });
  if (!parsed.success) throw new DomainError("invalid_query");
  return listSettlements(db, subject.personId, parsed.data);
});
