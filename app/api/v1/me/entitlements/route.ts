import { z } from "zod";
import { route } from "@/lib/context";
import { chinaDay } from "@/lib/dates";
import { DomainError } from "@/lib/errors";
import { getEntitlements } from "@/lib/ledger";

const query = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/** GET /api/v1/me/entitlements[?year=&personId=] — the person's entitlements this year (a relative's under a grant). */
export const GET = route({ who: "person", scope: "view_coverage", log: "entitlements", where: "api.me.entitlements" }, async ({ db, now, subject }, request) => {
  const parsed = query.safeParse({ year: new URL(request.url).searchParams.get("year") ?? undefined });
  if (!parsed.success) throw new DomainError("invalid_query");
  const day = chinaDay(now);
  const entitlements = await getEntitlements(db, subject.personId, parsed.data.year ?? Number(day.slice(0, 4)), day, now);
  if (!entitlements) throw new DomainError("not_found");
  return entitlements;
});
