import { getClinicOverview, parseClinicSearch, searchEligibleClinics } from "@/lib/clinic";
import { route } from "@/lib/context";

/**
 * GET /api/v1/me/clinic[?personId=] — the chosen clinic of the signed-in person (or of a relative
 * they may view), the region's rules, when it may change, the history, and one page of eligible
 * clinics (?q=&district=&level=&page=).
 */
export const GET = route({ who: "person", scope: "view_coverage", log: "clinic", where: "api.me.clinic" }, async ({ db, now, subject }, request) => {
  const search = parseClinicSearch(Object.fromEntries(new URL(request.url).searchParams));
  const overview = await getClinicOverview(db, subject.personId, now);
  const eligible = await searchEligibleClinics(db, subject.personId, overview.today, search);
  return { ...overview, eligible };
});
