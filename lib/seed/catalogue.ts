import { sql } from "drizzle-orm";
import { catalogueItems, type CatalogueItem } from "@/lib/catalogue";
import { catalogueKeywordsText, catalogueSearchText } from "@/lib/catalogue";
import type { Db } from "@/lib/db";
import { catalogueEntries } from "@/lib/db/schema";

type CatalogueRow = typeof catalogueEntries.$inferInsert;

export function catalogueRowOf(item: CatalogueItem, sortOrder: number): CatalogueRow {
  return {
    code: item.code,
    name: item.name,
    nameEn: item.nameEn,
    spec: item.spec,
    unit: item.unit,
    unitEn: item.unitEn,
    kind: item.kind,
    itemClass: item.class,
    classBShareBp: item.classBShare ?? null,
    typicalPriceFen: item.typicalPriceFen,
    priceCeilingFen: item.priceCeilingFen ?? null,
    pinyinInitials: item.pinyinInitials,
    sortOrder,
    codeSearch: item.code.toLowerCase(),
    nameSearch: catalogueSearchText(item.name),
    nameEnSearch: catalogueSearchText(item.nameEn),
    keywordsSearch: catalogueKeywordsText(item.keywords),
  };
}

/**
 * Loads lib/catalogue's items into catalogue_items. Idempotent, and an item changed in
 * lib/catalogue is updated: the static list is the source of truth.
 */
export async function seedCatalogue(db: Db): Promise<number> {
  const rows = catalogueItems.map(catalogueRowOf);
  const set = {
    name: sql`excluded.name`, nameEn: sql`excluded.name_en`, spec: sql`excluded.spec`, unit: sql`excluded.unit`, unitEn: sql`excluded.unit_en`,
    kind: sql`excluded.kind`, itemClass: sql`excluded.item_class`, classBShareBp: sql`excluded.class_b_share_bp`,
    typicalPriceFen: sql`excluded.typical_price_fen`, priceCeilingFen: sql`excluded.price_ceiling_fen`, pinyinInitials: sql`excluded.pinyin_initials`,
    sortOrder: sql`excluded.sort_order`, codeSearch: sql`excluded.code_search`, nameSearch: sql`excluded.name_search`,
    nameEnSearch: sql`excluded.name_en_search`, keywordsSearch: sql`excluded.keywords_search`,
  };
  // Batches keep each statement's parameter count well under PostgreSQL's limit.
  for (let start = 0; start < rows.length; start += 100) {
    await db.insert(catalogueEntries).values(rows.slice(start, start + 100)).onConflictDoUpdate({ target: catalogueEntries.code, set });
  }
  return rows.length;
}
