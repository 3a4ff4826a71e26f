import { catalogueSearchInputSchema, searchCatalogueDb } from "@/lib/catalogue";
import { route } from "@/lib/context";
import { failureResponse } from "@/lib/http";
import { enforceRateLimit } from "@/lib/rate-limit";
import { issuesFromZod } from "@/lib/reimbursement";

/** Catalogue searches per client address per minute (a debounced search box sends a few per item). */
const CATALOGUE_SEARCH_LIMIT = { limit: 240, windowMs: 60_000 } as const;

/** GET /api/v1/catalogue/search?q=&limit=&kind=&class= — the drug and service catalogue; public, rate-limited per client address. */
export const GET = route({ who: "anyone", where: "api.catalogue.search" }, async ({ db, now, client }, request) => {
  await enforceRateLimit(db, { key: `catalogue-search:${client.address}`, ...CATALOGUE_SEARCH_LIMIT }, now);
  const params = new URL(request.url).searchParams;
  const parsed = catalogueSearchInputSchema.safeParse({
    q: params.get("q") ?? "",
    limit: params.get("limit") ?? undefined,
    kind: params.get("kind") ?? undefined,
    class: params.get("class") ?? undefined,
  });
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error);
    return failureResponse({ code: "invalid_request", params: { fields: issues.map((i) => i.path || "query").join(", ") } }, {}, issues);
  }
  return { items: await searchCatalogueDb(db, parsed.data.q, { limit: parsed.data.limit, kind: parsed.data.kind, class: parsed.data.class }) };
});
