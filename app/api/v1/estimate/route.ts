import { route } from "@/lib/context";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { authorisePersonAccess } from "@/lib/family";
import { estimateWithCatalogue, ledgerAccumulators } from "@/lib/estimate";
import { failureResponse } from "@/lib/http";
import { loadAccumulators } from "@/lib/ledger";
import { enforceRateLimit } from "@/lib/rate-limit";
import { formatResponseJson, issue, type RequestIssue } from "@/lib/reimbursement";
import { holdsNul, jsonDepth, MAX_JSON_DEPTH } from "@/lib/request-guard";

/** Anonymous estimates per client address per minute; a signed-in account gets its own, larger bucket (lib/env.ts). */
const ESTIMATE_LIMITS = { anonymous: env.ESTIMATE_LIMIT_PER_ADDRESS_PER_MINUTE, signedIn: env.ESTIMATE_LIMIT_PER_ACCOUNT_PER_MINUTE, windowMs: 60_000 } as const;
const MAX_BODY_BYTES = 256 * 1024;

/** A request the contract refuses: the one error body, every offending field named in `issues`. */
function invalid(issues: RequestIssue[]): Response {
  return failureResponse({ code: "invalid_request", params: { fields: issues.map((i) => i.path || "body").join(", ") } }, {}, issues.map(({ path, code, message }) => ({ path, code, message })));
}

/**
 * POST /api/v1/estimate — the estimate contract over HTTP (docs/estimate-contract.md, docs/api.md),
 * the one place besides the command line where amounts are yuan. `"accumulators": "ledger"` asks
 * for the signed-in person's real year to date of the service date's year; otherwise the
 * request's own figures (or zero) are used, for everyone alike.
 */
export const POST = route({ who: "anyone", where: "api.estimate" }, async ({ db, now, actor, client }, request) => {
  const rule = actor.kind === "person"
    ? { key: `estimate:user:${actor.userId}`, limit: ESTIMATE_LIMITS.signedIn, windowMs: ESTIMATE_LIMITS.windowMs }
    : { key: `estimate:address:${client.address}`, limit: ESTIMATE_LIMITS.anonymous, windowMs: ESTIMATE_LIMITS.windowMs };
  await enforceRateLimit(db, rule, now);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return invalid([issue("", "unreadable_input", `at most ${MAX_BODY_BYTES} bytes`)]);
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    return invalid([issue("", "invalid_json")]);
  }
  // No estimate nests deeper than a few levels; a string with NUL cannot be a catalogue code or a date.
  if (jsonDepth(body) > MAX_JSON_DEPTH) return invalid([issue("", "unreadable_input", `nested deeper than ${MAX_JSON_DEPTH} levels`)]);
  if (holdsNul(body)) return invalid([issue("", "unreadable_input", "a NUL character")]);
  if (body !== null && typeof body === "object" && !Array.isArray(body) && (body as Record<string, unknown>).accumulators === "ledger") {
    if (actor.kind !== "person" || !actor.personId) throw new DomainError("unauthorized");
    await authorisePersonAccess(db, actor, actor.personId, "estimate", { now });
    const serviceDate = (body as Record<string, unknown>).serviceDate;
    const year = typeof serviceDate === "string" && /^\d{4}-/.test(serviceDate) ? Number(serviceDate.slice(0, 4)) : now.getUTCFullYear();
    body = { ...body, accumulators: ledgerAccumulators(await loadAccumulators(db, actor.personId, year)) };
  }
  const result = await estimateWithCatalogue(db, body);
  if (!result.ok) return invalid(result.issues);
  // Amounts are written to the fen (141.30, not 141.3), as the command line prints them.
  return new Response(formatResponseJson(result.response, 0), { status: 200, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } });
});
