/** One SWR hook per resource, for client components; each revalidates after the action that changes it. */
export { fetchPrivateJson, PrivateFetchError } from "./fetch-private-json";
export { CATALOGUE_SEARCH_DEBOUNCE_MS, CATALOGUE_SEARCH_URL, useCatalogueSearch } from "./use-catalogue-search";
export { CLINIC_KEY, clinicKey, ClinicFetchError, useClinic, type ClinicResponse } from "./use-clinic";
export { ENTITLEMENTS_PATH, entitlementsKey, revalidateEntitlements, useEntitlements, useRevalidateEntitlements } from "./use-entitlements";
export { revalidateSettlements, SETTLEMENTS_PATH, settlementKey, settlementsPageKey, useRevalidateSettlements, useSettlement, useSettlements } from "./use-settlements";
