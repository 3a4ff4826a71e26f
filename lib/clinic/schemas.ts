import { z } from "zod";

export const CLINIC_PAGE_SIZE = 10;
const MAX_QUERY_LENGTH = 40;

/** Optional text from a form or a query string: trimmed, and "" means "not given". */
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
    z.string().max(max).optional(),
  );

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * The clinic list's search and filters, from the GET form on /clinic (works without JavaScript)
 * and the same query on the JSON API. Out-of-range values fall back to "no filter" rather than
 * failing the page.
 */
export const clinicSearchSchema = z.object({
  q: optionalText(MAX_QUERY_LENGTH).catch(undefined),
  district: optionalText(40).catch(undefined),
  level: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(3).optional()).catch(undefined),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(1000).default(1)).catch(1),
});
export type ClinicSearch = z.output<typeof clinicSearchSchema>;

/** Reads the search from Next.js searchParams (a value may be repeated: the first counts). */
export function parseClinicSearch(params: Record<string, string | string[] | undefined>): ClinicSearch {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return clinicSearchSchema.parse({
    q: first(params.q),
    district: first(params.district),
    level: first(params.level),
    page: first(params.page),
  });
}

/** The clinic change, confirmed by the person: the one input of changeClinicAction. */
export const changeClinicSchema = z.object({
  facilityId: z.uuid(),
  confirmed: z.literal("yes"),
});
export type ChangeClinicInput = z.output<typeof changeClinicSchema>;

export type ChangeClinicField = "facilityId" | "confirmed";
