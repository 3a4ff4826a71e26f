/** The browser-safe part of lib/catalogue: the static drug and service catalogue and its in-memory search. */
export { catalogueItems } from "./items";
export { searchCatalogue, findCatalogueItem, foldCatalogueText, normaliseCatalogueQuery } from "./search";
export type { CatalogueItemDto } from "./db-search";
export { classBShareFor } from "./class-b-share";
export {
  BASIS_POINTS_FULL,
  DEFAULT_SEARCH_LIMIT,
  MAX_QUERY_LENGTH,
  MAX_SEARCH_LIMIT,
  catalogueClasses,
  catalogueClassSchema,
  catalogueCodePatterns,
  catalogueItemSchema,
  catalogueKinds,
  catalogueKindSchema,
  catalogueSearchInputSchema,
} from "./types";
export type {
  CatalogueClass,
  CatalogueItem,
  CatalogueKind,
  CatalogueSearchInput,
  CatalogueSearchOptions,
} from "./types";
