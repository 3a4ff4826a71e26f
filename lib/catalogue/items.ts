import { materialItems } from "./items-materials";
import { serviceItems } from "./items-services";
import { tcmDrugs } from "./items-drugs-tcm";
import { westernDrugs } from "./items-drugs-western";
import type { CatalogueItem } from "./types";

/**
 * The whole demo catalogue in its canonical order: Western medicines, Chinese
 * patent medicines, service items, materials. Search ties are broken by this
 * order, and the database seed loads the same list.
 */
export const catalogueItems: readonly CatalogueItem[] = Object.freeze([
  ...westernDrugs,
  ...tcmDrugs,
  ...serviceItems,
  ...materialItems,
]);
