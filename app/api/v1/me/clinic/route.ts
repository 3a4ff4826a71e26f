import { apiError, apiErrorFromThrown, jsonResponse } from "@/lib/http/errors";
import { authorisePersonAccess } from "@/lib/family/access";
import { getSessionUser } from "@/lib/auth/current-user";
import { clinicError } from "@/lib/clinic/errors";
import { parseClinicSearch } from "@/lib/clinic/schemas";
import { getClinicOverview, searchEligibleClinics } from "@/lib/clinic/queries";
import { getDb } from "@/lib/db/client";

// Personal data: never in a shared cache or the browser's HTTP cache.
const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * GET /api/v1/me/clinic — the signed-in person's chosen clinic, the region's rules, when it may
 * change, the history, and one page of eligible clinics (?q=&district=&level=&page=).
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const user = await getSessionUser();
    if (!user) {
      return apiError("unauthenticated", { zh: "请先登录。", en: "Please sign in first." }, 401, PRIVATE);
    }
    if (!user.personId) throw clinicError("no_person");
    const { db } = await getDb();
    await authorisePersonAccess(db, user, user.personId, "view_coverage");
    const url = new URL(request.url);
    const search = parseClinicSearch(Object.fromEntries(url.searchParams));
    const overview = await getClinicOverview(db, user.personId, new Date());
    const eligible = await searchEligibleClinics(db, user.personId, overview.today, search);
    return jsonResponse({ ...overview, eligible }, 200, PRIVATE);
  } catch (error) {
    const response = apiErrorFromThrown(error, "api.me.clinic");
    response.headers.set("Cache-Control", PRIVATE["Cache-Control"]);
    return response;
  }
}
