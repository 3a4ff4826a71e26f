import "server-only";
import { apiErrorFromThrown, jsonResponse } from "@/lib/http/errors";
import { authorisePersonAccess } from "@/lib/family/access";
import { searchCatalogueDb } from "@/lib/catalogue/db-search";
import type { Db } from "@/lib/db/open";
import { DomainError } from "@/lib/errors/domain-error";
import { catalogueSearchInputSchema } from "@/lib/catalogue";
import { enforceRateLimit } from "@/lib/rate-limit";
import { formatResponseJson, issue, issuesFromZod, type RequestIssue } from "@/lib/reimbursement";
import { loadAccumulators } from "@/lib/ledger";
import { ledgerAccumulators } from "./build-request";
import { estimateWithCatalogue, type EstimateUser } from "./run-estimate";

/** Anonymous estimates per client address per minute; a signed-in account gets its own, larger bucket. */
export const ESTIMATE_LIMITS = { anonymous: 30, signedIn: 120, windowMs: 60_000 } as const;
/** Catalogue searches per client address per minute (a debounced search box sends a few per item). */
export const CATALOGUE_SEARCH_LIMIT = { limit: 240, windowMs: 60_000 } as const;
const MAX_BODY_BYTES = 256 * 1024;

function invalid(issues: RequestIssue[]): Response {
  return jsonResponse({ error: "invalid_request", issues: issues.map(({ path, code, message }) => ({ path, code, message })) }, 400);
}

const signInForLedger = new DomainError(
  "unauthorized",
  { zh: "使用本年真实记录（\"accumulators\": \"ledger\"）需要先登录。", en: "Sign in to use your real year to date (\"accumulators\": \"ledger\")." },
  401,
);

async function readBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return { ok: false, response: invalid([issue("", "unreadable_input", `at most ${MAX_BODY_BYTES} bytes`)]) };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: invalid([issue("", "invalid_json")]) };
  }
}

/**
 * POST /api/v1/estimate — the estimate contract over HTTP (docs/estimate-contract.md, docs/api.md).
 * `"accumulators": "ledger"` asks for the signed-in person's real year to date of the service
 * date's year; otherwise the request's own figures (or zero) are used, for everyone alike.
 */
export async function handleEstimatePost(request: Request, db: Db, user: EstimateUser | null, client: { address: string; now: Date }): Promise<Response> {
  try {
    const rule = user
      ? { key: `estimate:user:${user.userId}`, limit: ESTIMATE_LIMITS.signedIn, windowMs: ESTIMATE_LIMITS.windowMs }
      : { key: `estimate:address:${client.address}`, limit: ESTIMATE_LIMITS.anonymous, windowMs: ESTIMATE_LIMITS.windowMs };
    await enforceRateLimit(db, rule, client.now);
    const read = await readBody(request);
    if (!read.ok) return read.response;
    let body = read.body;
    if (body !== null && typeof body === "object" && !Array.isArray(body) && (body as Record<string, unknown>).accumulators === "ledger") {
      if (!user?.personId) throw signInForLedger;
      await authorisePersonAccess(db, user, user.personId, "estimate");
      const serviceDate = (body as Record<string, unknown>).serviceDate;
      const year = typeof serviceDate === "string" && /^\d{4}-/.test(serviceDate) ? Number(serviceDate.slice(0, 4)) : client.now.getUTCFullYear();
      body = { ...body, accumulators: ledgerAccumulators(await loadAccumulators(db, user.personId, year)) };
    }
    const result = await estimateWithCatalogue(db, body);
    if (!result.ok) return invalid(result.issues);
    // Amounts are written to the fen (141.30, not 141.3), as the command line prints them.
    return new Response(formatResponseJson(result.response, 0), { status: 200, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } });
  } catch (error) {
    return apiErrorFromThrown(error, "api.estimate");
  }
}

/** GET /api/v1/catalogue/search?q=&limit=&kind=&class= — public, rate-limited per client address. */
export async function handleCatalogueSearch(request: Request, db: Db, client: { address: string; now: Date }): Promise<Response> {
  try {
    await enforceRateLimit(db, { key: `catalogue-search:${client.address}`, ...CATALOGUE_SEARCH_LIMIT }, client.now);
    const params = new URL(request.url).searchParams;
    const parsed = catalogueSearchInputSchema.safeParse({
      q: params.get("q") ?? "",
      limit: params.get("limit") ?? undefined,
      kind: params.get("kind") ?? undefined,
      class: params.get("class") ?? undefined,
    });
    if (!parsed.success) return invalid(issuesFromZod(parsed.error));
    const items = await searchCatalogueDb(db, parsed.data.q, { limit: parsed.data.limit, kind: parsed.data.kind, class: parsed.data.class });
    return jsonResponse({ items });
  } catch (error) {
    return apiErrorFromThrown(error, "api.catalogue.search");
  }
}
