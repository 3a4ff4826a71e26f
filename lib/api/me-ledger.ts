import "server-only";
import { z } from "zod";
import { authorisePersonAccess } from "@/lib/family/access";
import type { SessionUser } from "@/lib/auth/sessions";
import { getEntitlements } from "@/lib/ledger/entitlements";
import { getSettlement, listSettlements, MAX_SETTLEMENT_PAGE } from "@/lib/ledger/settlements";
import { chinaDay } from "@/lib/dates";
import type { Db } from "@/lib/db/open";
import { DomainError } from "@/lib/errors/domain-error";
import { apiError, apiErrorFromThrown, jsonResponse } from "@/lib/http/errors";

/*
 * GET /api/v1/me/entitlements, /me/settlements and /me/settlements/{id}, over a given database,
 * user and clock, so integration tests drive the same mapping (401, 403, 404, headers) as the
 * routes. Personal data: never in a shared cache or the browser's HTTP cache.
 */
const PRIVATE = { "Cache-Control": "private, no-store" };

/** ?personId= selects a relative's data; it is allowed only through authorisePersonAccess. */
const personQuery = z.object({ personId: z.uuid().optional() });
export const entitlementsQuerySchema = personQuery.extend({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const settlementsQuerySchema = personQuery.extend({
  limit: z.coerce.number().int().min(1).max(MAX_SETTLEMENT_PAGE).optional(),
  cursor: z.string().min(1).max(200).optional(),
});

const invalidQuery = new DomainError("invalid_query", { zh: "查询参数有误。", en: "The query parameters are not valid." }, 400);
const noPerson = new DomainError("no_person", { zh: "这个账号没有关联的参保人。", en: "This account has no insured person." }, 404);
const notFound = new DomainError("not_found", { zh: "没有找到。", en: "Not found." }, 404);

function unauthenticated(): Response {
  return apiError("unauthenticated", { zh: "请先登录。", en: "Please sign in first." }, 401, PRIVATE);
}

function failure(error: unknown, where: string): Response {
  const response = apiErrorFromThrown(error, where);
  response.headers.set("Cache-Control", PRIVATE["Cache-Control"]);
  return response;
}

function queryOf<T extends z.ZodType>(request: Request, schema: T): z.output<T> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw invalidQuery;
  return parsed.data;
}

async function authorisedPerson(db: Db, user: SessionUser, requested: string | undefined): Promise<string> {
  const personId = requested ?? user.personId;
  if (!personId) throw noPerson;
  await authorisePersonAccess(db, user, personId, "view_coverage");
  return personId;
}

export async function handleGetEntitlements(request: Request, db: Db, user: SessionUser | null, now: Date): Promise<Response> {
  if (!user) return unauthenticated();
  try {
    const query = queryOf(request, entitlementsQuerySchema);
    const personId = await authorisedPerson(db, user, query.personId);
    const day = chinaDay(now);
    const entitlements = await getEntitlements(db, personId, query.year ?? Number(day.slice(0, 4)), day, now);
    if (!entitlements) throw notFound;
    return jsonResponse(entitlements, 200, PRIVATE);
  } catch (error) {
    return failure(error, "api.me.entitlements");
  }
}

export async function handleListSettlements(request: Request, db: Db, user: SessionUser | null): Promise<Response> {
  if (!user) return unauthenticated();
  try {
    const query = queryOf(request, settlementsQuerySchema);
    const personId = await authorisedPerson(db, user, query.personId);
    return jsonResponse(await listSettlements(db, personId, { limit: query.limit, cursor: query.cursor }), 200, PRIVATE);
  } catch (error) {
    return failure(error, "api.me.settlements");
  }
}

export async function handleGetSettlement(request: Request, db: Db, user: SessionUser | null, id: string): Promise<Response> {
  if (!user) return unauthenticated();
  try {
    const query = queryOf(request, personQuery);
    const personId = await authorisedPerson(db, user, query.personId);
    const settlement = await getSettlement(db, personId, id);
    // Another person's settlement reads exactly like one that does not exist.
    if (!settlement) throw notFound;
    return jsonResponse(settlement, 200, PRIVATE);
  } catch (error) {
    return failure(error, "api.me.settlement");
  }
}
