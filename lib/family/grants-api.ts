import "server-only";
import { apiError, apiErrorFromThrown, jsonResponse } from "@/lib/http/errors";
import type { SessionUser } from "@/lib/auth/sessions";
import { listGrants } from "./grants";
import type { Db } from "@/lib/db/open";

// Personal data: never in a shared cache or the browser's HTTP cache.
const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * GET /api/v1/me/grants over a given database, user and clock: the grants the signed-in
 * person gave and the grants the account received. Only the caller's own; nothing to select.
 */
export async function handleListGrants(db: Db, user: SessionUser | null, now: Date): Promise<Response> {
  if (!user) return apiError("unauthenticated", { zh: "请先登录。", en: "Please sign in first." }, 401, PRIVATE);
  try {
    return jsonResponse(await listGrants(db, user, now), 200, PRIVATE);
  } catch (error) {
    const response = apiErrorFromThrown(error, "api.me.grants");
    response.headers.set("Cache-Control", PRIVATE["Cache-Control"]);
    return response;
  }
}
