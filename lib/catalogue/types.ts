import { z } from "zod";

/**
 * Catalogue item schema: drugs, medical service items and medical materials
 * (药品 / 医疗服务项目 / 医用耗材) with their medical-insurance class.
 *
 * Class (医保类别):
 * - "A" 甲类: fully within the policy scope;
 * - "B" 乙类: the person first pays a share (先行自付); the share is a regional
 *   parameter that an item may override with `classBShare`;
 * - "C" 丙类 / 全自费: outside the catalogue, paid in full by the person.
 *
 * Money is integer fen. Shares are integer basis points (1500 = 15%).
 */

export const catalogueKinds = ["drug", "service", "material"] as const;
export const catalogueClasses = ["A", "B", "C"] as const;

export const catalogueKindSchema = z.enum(catalogueKinds);
export const catalogueClassSchema = z.enum(catalogueClasses);

export type CatalogueKind = z.infer<typeof catalogueKindSchema>;
export type CatalogueClass = z.infer<typeof catalogueClassSchema>;

/** Code shapes by kind (national style; see the data files for the layout). */
export const catalogueCodePatterns: Readonly<Record<CatalogueKind, RegExp>> = {
  // X = Western medicine, Z = Chinese patent medicine; 23 characters.
  drug: /^[XZ][A-Z0-9]{22}$/,
  // Medical service item: 15 digits.
  service: /^\d{15}$/,
  // Medical material: "C" + 19 digits.
  material: /^C\d{19}$/,
};

/** 10000 basis points = 100%. */
export const BASIS_POINTS_FULL = 10_000;

const fenSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const catalogueItemSchema = z
  .strictObject({
    code: z.string(),
    /** zh-CN generic name with dosage form, e.g. 二甲双胍片. */
    name: z.string().min(2).max(40),
    nameEn: z.string().min(2).max(120),
    /** Strength and pack, e.g. 0.5g×20片. */
    spec: z.string().min(1).max(60),
    /** Unit the price is per, zh (盒, 支, 次…). */
    unit: z.string().min(1).max(4),
    unitEn: z.string().min(1).max(24),
    kind: catalogueKindSchema,
    class: catalogueClassSchema,
    /** Per-item override of the regional class-B first self-pay share, basis points. */
    classBShare: z.number().int().min(0).max(BASIS_POINTS_FULL).optional(),
    /** Usual retail price per unit, fen. */
    typicalPriceFen: fenSchema,
    /** Price limit per unit (限价), fen; the part of a price above it is paid by the person. */
    priceCeilingFen: fenSchema.optional(),
    /**
     * Lowercase initials of the Chinese name, one per character: the pinyin
     * initial letter of each Chinese character; Latin letters and digits as they
     * are (维生素C片 → "wsscp").
     */
    pinyinInitials: z.string().regex(/^[a-z0-9]+$/),
    /** Other words people search by (common names, uses), zh or en. */
    keywords: z.array(z.string().min(1).max(20)).max(8).readonly().optional(),
  })
  .superRefine((item, ctx) => {
    if (!catalogueCodePatterns[item.kind].test(item.code)) {
      ctx.addIssue({
        code: "custom",
        path: ["code"],
        message: `code ${item.code} does not have the shape of a ${item.kind} code`,
      });
    }
    if (item.classBShare !== undefined && item.class !== "B") {
      ctx.addIssue({
        code: "custom",
        path: ["classBShare"],
        message: "classBShare applies to class-B items only",
      });
    }
  })
  .readonly();

export type CatalogueItem = z.infer<typeof catalogueItemSchema>;

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;
/** Longest query looked at, in characters; the rest is ignored. */
export const MAX_QUERY_LENGTH = 50;

export interface CatalogueSearchOptions {
  /** Most results returned; default 20, at most 100; below 1 returns nothing. */
  limit?: number;
  kind?: CatalogueKind | readonly CatalogueKind[];
  class?: CatalogueClass | readonly CatalogueClass[];
}

/**
 * Search request as it arrives from a form or a query string (shared by the
 * estimate screen and any route handler that exposes the search).
 */
export const catalogueSearchInputSchema = z.object({
  q: z.string().max(500),
  limit: z.coerce.number().int().min(1).max(MAX_SEARCH_LIMIT).optional(),
  kind: catalogueKindSchema.optional(),
  class: catalogueClassSchema.optional(),
});

export type CatalogueSearchInput = z.infer<typeof catalogueSearchInputSchema>;
