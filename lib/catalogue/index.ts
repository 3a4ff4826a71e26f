export { catalogueItems } from "./items";
export { searchCatalogue, findCatalogueItem, normaliseCatalogueQuery } from "./search";
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
