import type { CatalogueItem } from "./types";

/**
 * Medical materials and consumables (医用耗材).
 *
 * Codes are DEMO codes laid out in the style of the national medical
 * consumables code; they are not the official codes. Layout (20 chars):
 *   "C" + category (2) + subcategory (2) + group (2) + generic name (4) + spec (4) + maker (5)
 * Categories used here (demo): 02 injection and infusion, 03 protection,
 * 04 sutures, 06 blood purification, 07 testing, 08 rehabilitation,
 * 10 cardiovascular implants, 11 eye and ear, 12 orthopaedic implants.
 *
 * High-value implants usually carry a higher first self-pay share than drugs;
 * the overrides below are demo values.
 */
export const materialItems: readonly CatalogueItem[] = [
  { code: "C0201010001000100000", name: "一次性使用无菌注射器", nameEn: "Single-use sterile syringe", spec: "5ml", unit: "支", unitEn: "piece", kind: "material", class: "A", typicalPriceFen: 50, priceCeilingFen: 60, pinyinInitials: "ycxsywjzsq", keywords: ["针筒"] },
  { code: "C0201020002000100000", name: "一次性使用输液器", nameEn: "Single-use infusion set", spec: "带针", unit: "套", unitEn: "set", kind: "material", class: "A", typicalPriceFen: 300, priceCeilingFen: 350, pinyinInitials: "ycxsysyq", keywords: ["输液"] },
  { code: "C0201030003000100000", name: "静脉留置针", nameEn: "Intravenous indwelling cannula", spec: "24G", unit: "支", unitEn: "piece", kind: "material", class: "B", typicalPriceFen: 1800, priceCeilingFen: 2000, pinyinInitials: "jmlzz", keywords: ["留置针"] },
  { code: "C0201040010000100000", name: "胰岛素笔用针头", nameEn: "Insulin pen needles", spec: "4mm×7支", unit: "盒", unitEn: "box", kind: "material", class: "C", typicalPriceFen: 1680, pinyinInitials: "ydsbyzt", keywords: ["胰岛素"] },
  { code: "C0203010007000100000", name: "一次性使用导尿包", nameEn: "Single-use catheterisation kit", spec: "16Fr", unit: "套", unitEn: "set", kind: "material", class: "B", typicalPriceFen: 3500, priceCeilingFen: 3000, pinyinInitials: "ycxsydnb", keywords: ["导尿"] },
  { code: "C0204010018000100000", name: "一次性使用鼻氧管", nameEn: "Single-use nasal oxygen cannula", spec: "双腔", unit: "根", unitEn: "piece", kind: "material", class: "A", typicalPriceFen: 500, priceCeilingFen: 500, pinyinInitials: "ycxsybyg", keywords: ["吸氧"] },
  { code: "C0205010019000100000", name: "中心静脉导管包", nameEn: "Central venous catheter kit", spec: "双腔", unit: "套", unitEn: "set", kind: "material", class: "B", typicalPriceFen: 38000, priceCeilingFen: 42000, pinyinInitials: "zxjmdgb", keywords: ["深静脉置管"] },
  { code: "C0301010004000100000", name: "医用外科口罩", nameEn: "Surgical masks", spec: "10只", unit: "包", unitEn: "pack", kind: "material", class: "C", typicalPriceFen: 500, pinyinInitials: "yywkkz", keywords: ["口罩"] },
  { code: "C0302010005000100000", name: "医用脱脂纱布块", nameEn: "Absorbent gauze swabs", spec: "8cm×10cm×8层×10片", unit: "包", unitEn: "pack", kind: "material", class: "A", typicalPriceFen: 350, pinyinInitials: "yytzsbk", keywords: ["纱布"] },
  { code: "C0302020006000100000", name: "医用透气胶带", nameEn: "Breathable medical adhesive tape", spec: "2.5cm×9.1m", unit: "卷", unitEn: "roll", kind: "material", class: "A", typicalPriceFen: 600, pinyinInitials: "yytqjd", keywords: ["胶布"] },
  { code: "C0401010015000100000", name: "可吸收性外科缝线", nameEn: "Absorbable surgical suture", spec: "3-0,带针", unit: "根", unitEn: "strand", kind: "material", class: "B", typicalPriceFen: 5800, pinyinInitials: "kxsxwkfx", keywords: ["缝线"] },
  { code: "C0601010008000100000", name: "血液透析器", nameEn: "Haemodialyser", spec: "1.6㎡,低通量", unit: "个", unitEn: "piece", kind: "material", class: "B", typicalPriceFen: 12000, priceCeilingFen: 13000, pinyinInitials: "xytxq", keywords: ["透析"] },
  { code: "C0701010009000100000", name: "血糖试纸", nameEn: "Blood glucose test strips", spec: "50片", unit: "盒", unitEn: "box", kind: "material", class: "B", classBShare: 3000, typicalPriceFen: 8800, pinyinInitials: "xtsz", keywords: ["血糖"] },
  { code: "C0801010016000100000", name: "医用弹力袜", nameEn: "Medical compression stockings", spec: "中筒,二级压力", unit: "双", unitEn: "pair", kind: "material", class: "C", typicalPriceFen: 28000, pinyinInitials: "yytlw", keywords: ["静脉曲张"] },
  { code: "C0802010017000100000", name: "医用冷敷贴", nameEn: "Medical cold compress patches", spec: "4贴", unit: "盒", unitEn: "box", kind: "material", class: "C", typicalPriceFen: 3800, pinyinInitials: "yylft", keywords: ["退热贴"] },
  { code: "C1001010011000100000", name: "冠状动脉药物洗脱支架", nameEn: "Coronary drug-eluting stent", spec: "3.0mm×18mm", unit: "个", unitEn: "piece", kind: "material", class: "B", classBShare: 3000, typicalPriceFen: 69800, priceCeilingFen: 79800, pinyinInitials: "gzdmywxtzj", keywords: ["心脏支架", "冠心病"] },
  { code: "C1002010020000100000", name: "双腔心脏起搏器", nameEn: "Dual-chamber cardiac pacemaker", spec: "双腔", unit: "个", unitEn: "piece", kind: "material", class: "B", classBShare: 3000, typicalPriceFen: 1500000, priceCeilingFen: 2000000, pinyinInitials: "sqxzqbq", keywords: ["起搏器"] },
  { code: "C1101010012000100000", name: "人工晶状体", nameEn: "Intraocular lens", spec: "单焦点,可折叠", unit: "个", unitEn: "piece", kind: "material", class: "B", classBShare: 2000, typicalPriceFen: 150000, pinyinInitials: "rgjzt", keywords: ["白内障"] },
  { code: "C1102010021000100000", name: "助听器", nameEn: "Hearing aid", spec: "耳背式", unit: "个", unitEn: "piece", kind: "material", class: "C", typicalPriceFen: 500000, pinyinInitials: "ztq", keywords: ["耳聋"] },
  { code: "C1201010013000100000", name: "人工髋关节假体", nameEn: "Artificial hip joint prosthesis", spec: "全髋,陶瓷-聚乙烯", unit: "套", unitEn: "set", kind: "material", class: "B", classBShare: 3000, typicalPriceFen: 720000, priceCeilingFen: 800000, pinyinInitials: "rgkgjjt", keywords: ["髋关节置换"] },
  { code: "C1202010014000100000", name: "接骨板", nameEn: "Bone fixation plate", spec: "锁定型", unit: "块", unitEn: "piece", kind: "material", class: "B", classBShare: 2000, typicalPriceFen: 350000, pinyinInitials: "jgb", keywords: ["骨折", "钢板"] },
];
