import { BASIS_POINTS_FULL, type CatalogueItem } from "./types";

/**
 * The share of an item's price the person pays first (乙类先行自付), in basis
 * points. Only class-B items have one: the pooling region sets the default and
 * an item may override it. Class A has none; class C is paid in full by the
 * person under a different rule (全自费), so it has none either.
 */
export function classBShareFor(
  item: Pick<CatalogueItem, "class" | "classBShare">,
  regionalDefaultBps: number,
): number {
  if (!Number.isInteger(regionalDefaultBps) || regionalDefaultBps < 0 || regionalDefaultBps > BASIS_POINTS_FULL) {
    throw new RangeError(`regional class-B share must be an integer 0..${BASIS_POINTS_FULL} basis points`);
  }
  if (item.class !== "B") return 0;
  return item.classBShare ?? regionalDefaultBps;
}
