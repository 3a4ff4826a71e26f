/**
 * The drug and service catalogue (医保目录): the static items, their search in memory and in the
 * database. Server entry; client.ts holds what a browser may load.
 */
import "server-only";
export * from "./client";
export { catalogueFactsOf, catalogueSearchStatements, findCatalogueItemsByCodes, searchCatalogueDb, type CatalogueDbSearchOptions, type CatalogueItemDto } from "./db-search";
export { catalogueKeywordsText, catalogueSearchText } from "./search-text";
