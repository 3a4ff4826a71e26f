import { sql } from "drizzle-orm";
import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const catalogueKindValues = ["drug", "service", "material"] as const;
export const catalogueClassValues = ["A", "B", "C"] as const;

/**
 * Drugs, medical service items and materials with their medical-insurance class (医保目录),
 * loaded from lib/catalogue. The *_search columns hold the text search matches against
 * (NFKC, lower case) so a query needs no function calls on the column and stays index-friendly.
 */
export const catalogueEntries = pgTable(
  "catalogue_items",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    nameEn: text("name_en").notNull(),
    spec: text("spec").notNull(),
    unit: text("unit").notNull(),
    unitEn: text("unit_en").notNull(),
    kind: text("kind", { enum: catalogueKindValues }).notNull(),
    itemClass: text("item_class", { enum: catalogueClassValues }).notNull(),
    /** Per-item override of the region's class-B first self-pay share, basis points. */
    classBShareBp: integer("class_b_share_bp"),
    typicalPriceFen: integer("typical_price_fen").notNull(),
    /** Price limit per unit (限价), fen. */
    priceCeilingFen: integer("price_ceiling_fen"),
    pinyinInitials: text("pinyin_initials").notNull(),
    /** Canonical order: ties in search are broken by it. */
    sortOrder: integer("sort_order").notNull(),
    codeSearch: text("code_search").notNull(),
    nameSearch: text("name_search").notNull(),
    nameEnSearch: text("name_en_search").notNull(),
    /** Keywords, normalised, one per line ("\n" before each, so a keyword start is "\n" + word). */
    keywordsSearch: text("keywords_search").notNull(),
    /**
     * Every one- and two-character piece of the searched text (name, initials, English name,
     * keywords), made by the database itself (migration 0009's catalogue_search_grams), so that
     * "the name contains 双胍" is answered from the GIN index below: a text containing a fragment
     * holds all of the fragment's pieces. Codes are searched by prefix, not here.
     */
    searchGrams: text("search_grams")
      .array()
      .notNull()
      .generatedAlwaysAs(sql`catalogue_search_grams(name_search || E'\\n' || pinyin_initials || E'\\n' || name_en_search || keywords_search)`),
  },
  // Prefix-search indexes as PostgreSQL has them (0000); other engines get their own form of
  // them from lib/db/engine.ts, which migrateDatabase runs after the migrations.
  (t) => [
    index("catalogue_items_code_search_idx").on(t.codeSearch.op("text_pattern_ops")),
    index("catalogue_items_name_search_idx").on(t.nameSearch.op("text_pattern_ops")),
    index("catalogue_items_initials_idx").on(t.pinyinInitials.op("text_pattern_ops")),
    // Read-mostly reference data: new rows go straight into the index rather than a pending list
    // that every search would read until the next vacuum.
    index("catalogue_items_search_grams_idx").using("gin", t.searchGrams).with({ fastupdate: false }),
  ],
);
