import type { CatalogueItem } from "./types";

/**
 * Medical service items (医疗服务项目): consultation, beds and nursing,
 * treatment, laboratory tests, imaging, dialysis, chemotherapy and
 * traditional-medicine treatments.
 *
 * Codes are DEMO codes laid out in the style of the national medical service
 * item code; they are not the official codes. Layout (15 digits):
 *   "00" + price item (9: chapter 2, section 2, item 5) + extension (4)
 * Chapters used here (demo): 11 general medical services, 12 general treatment,
 * 21 radiology, 22 ultrasound, 23 nuclear medicine and densitometry,
 * 24 radiotherapy, 25 laboratory, 31 clinical examinations and treatment by
 * system, 44/45 traditional Chinese medicine.
 *
 * Prices are realistic demo values for a level-3 public hospital; local price
 * lists differ.
 */
export const serviceItems: readonly CatalogueItem[] = [
  // Consultation (诊查)
  { code: "001101000010000", name: "挂号费", nameEn: "Registration fee", spec: "每次", unit: "次", unitEn: "visit", kind: "service", class: "A", typicalPriceFen: 100, pinyinInitials: "ghf", keywords: ["挂号"] },
  { code: "001102000010000", name: "普通门诊诊查费", nameEn: "General outpatient consultation fee", spec: "每次", unit: "次", unitEn: "visit", kind: "service", class: "A", typicalPriceFen: 1500, priceCeilingFen: 2000, pinyinInitials: "ptmzzcf", keywords: ["挂号", "看病", "门诊"] },
  { code: "001102000020000", name: "副主任医师诊查费", nameEn: "Associate chief physician consultation fee", spec: "每次", unit: "次", unitEn: "visit", kind: "service", class: "A", typicalPriceFen: 3000, priceCeilingFen: 3000, pinyinInitials: "fzryszcf", keywords: ["专家号"] },
  { code: "001102000030000", name: "主任医师诊查费", nameEn: "Chief physician consultation fee", spec: "每次", unit: "次", unitEn: "visit", kind: "service", class: "A", typicalPriceFen: 4000, priceCeilingFen: 4500, pinyinInitials: "zryszcf", keywords: ["专家号"] },
  { code: "001102000040000", name: "知名专家诊查费", nameEn: "Renowned expert consultation fee", spec: "每次", unit: "次", unitEn: "visit", kind: "service", class: "B", typicalPriceFen: 10000, priceCeilingFen: 10000, pinyinInitials: "zmzjzcf", keywords: ["专家号"] },
  { code: "001102000050000", name: "急诊诊查费", nameEn: "Emergency consultation fee", spec: "每次", unit: "次", unitEn: "visit", kind: "service", class: "A", typicalPriceFen: 2000, pinyinInitials: "jzzcf", keywords: ["急诊"] },
  { code: "001102000070000", name: "基层医疗机构一般诊疗费", nameEn: "Primary-care general treatment fee", spec: "每次", unit: "次", unitEn: "visit", kind: "service", class: "A", typicalPriceFen: 1000, priceCeilingFen: 1000, pinyinInitials: "jcyljgybzlf", keywords: ["社区", "卫生院", "门诊"] },
  { code: "001102000080000", name: "住院诊查费", nameEn: "Inpatient consultation fee", spec: "每日", unit: "日", unitEn: "day", kind: "service", class: "A", typicalPriceFen: 2000, pinyinInitials: "zyzcf", keywords: ["住院"] },
  { code: "001102000090000", name: "互联网复诊费", nameEn: "Internet follow-up consultation fee", spec: "每次", unit: "次", unitEn: "visit", kind: "service", class: "B", typicalPriceFen: 1500, pinyinInitials: "hlwfzf", keywords: ["网上问诊", "复诊"] },
  { code: "001102000100000", name: "特需门诊诊查费", nameEn: "Premium outpatient consultation fee", spec: "每次", unit: "次", unitEn: "visit", kind: "service", class: "C", typicalPriceFen: 30000, pinyinInitials: "txmzzcf", keywords: ["特需"] },
  { code: "001105000010000", name: "健康体检基础套餐", nameEn: "Health check-up, basic package", spec: "每人次", unit: "次", unitEn: "visit", kind: "service", class: "C", typicalPriceFen: 30000, pinyinInitials: "jktjjctc", keywords: ["体检"] },
  { code: "001104000010000", name: "救护车费", nameEn: "Ambulance fee", spec: "10公里以内", unit: "次", unitEn: "trip", kind: "service", class: "C", typicalPriceFen: 5000, pinyinInitials: "jhcf", keywords: ["120", "急救"] },
  // Beds and nursing (床位, 护理)
  { code: "001106000010000", name: "普通病房床位费", nameEn: "General ward bed fee", spec: "三人间及以上", unit: "日", unitEn: "day", kind: "service", class: "A", typicalPriceFen: 5000, priceCeilingFen: 5000, pinyinInitials: "ptbfcwf", keywords: ["住院", "床位"] },
  { code: "001106000020000", name: "两人间病房床位费", nameEn: "Two-bed room bed fee", spec: "两人间", unit: "日", unitEn: "day", kind: "service", class: "B", typicalPriceFen: 8000, priceCeilingFen: 8000, pinyinInitials: "lrjbfcwf", keywords: ["住院", "床位"] },
  { code: "001106000030000", name: "单人间病房床位费", nameEn: "Single room bed fee", spec: "单人间", unit: "日", unitEn: "day", kind: "service", class: "C", typicalPriceFen: 20000, pinyinInitials: "drjbfcwf", keywords: ["住院", "床位"] },
  { code: "001106000040000", name: "重症监护病房床位费", nameEn: "Intensive care unit bed fee", spec: "ICU", unit: "日", unitEn: "day", kind: "service", class: "A", typicalPriceFen: 15000, priceCeilingFen: 15000, pinyinInitials: "zzjhbfcwf", keywords: ["ICU", "床位"] },
  { code: "001201000020000", name: "一级护理", nameEn: "Level-1 nursing care", spec: "每日", unit: "日", unitEn: "day", kind: "service", class: "A", typicalPriceFen: 2500, priceCeilingFen: 2500, pinyinInitials: "yjhl", keywords: ["护理"] },
  { code: "001201000030000", name: "二级护理", nameEn: "Level-2 nursing care", spec: "每日", unit: "日", unitEn: "day", kind: "service", class: "A", typicalPriceFen: 1500, pinyinInitials: "ejhl", keywords: ["护理"] },
  // General treatment (一般治疗)
  { code: "001202000010000", name: "小换药", nameEn: "Minor wound dressing change", spec: "每次", unit: "次", unitEn: "session", kind: "service", class: "A", typicalPriceFen: 1000, pinyinInitials: "xhy", keywords: ["换药"] },
  { code: "001202000020000", name: "小清创缝合", nameEn: "Minor debridement and suturing", spec: "每次", unit: "次", unitEn: "session", kind: "service", class: "A", typicalPriceFen: 8000, pinyinInitials: "xqcfh", keywords: ["缝针", "外伤"] },
  { code: "001204000010000", name: "肌肉注射", nameEn: "Intramuscular injection", spec: "每次", unit: "次", unitEn: "session", kind: "service", class: "A", typicalPriceFen: 500, priceCeilingFen: 500, pinyinInitials: "jrzs", keywords: ["打针"] },
  { code: "001204000020000", name: "静脉注射", nameEn: "Intravenous injection", spec: "每次", unit: "次", unitEn: "session", kind: "service", class: "A", typicalPriceFen: 800, pinyinInitials: "jmzs", keywords: ["打针"] },
  { code: "001204000060000", name: "静脉输液", nameEn: "Intravenous infusion", spec: "第一组", unit: "次", unitEn: "session", kind: "service", class: "A", typicalPriceFen: 1200, priceCeilingFen: 1200, pinyinInitials: "jmsy", keywords: ["打点滴", "挂水", "输液"] },
  { code: "001205000010000", name: "雾化吸入", nameEn: "Nebulised inhalation", spec: "每次", unit: "次", unitEn: "session", kind: "service", class: "A", typicalPriceFen: 800, pinyinInitials: "whxr", keywords: ["雾化"] },
  { code: "001205000020000", name: "氧气吸入", nameEn: "Oxygen inhalation", spec: "每小时", unit: "小时", unitEn: "hour", kind: "service", class: "A", typicalPriceFen: 300, pinyinInitials: "yqxr", keywords: ["吸氧"] },
  // Laboratory (检验)
  { code: "002501010150000", name: "血常规检查", nameEn: "Complete blood count", spec: "五分类", unit: "次", unitEn: "test", kind: "service", class: "A", typicalPriceFen: 2000, priceCeilingFen: 2000, pinyinInitials: "xcgjc", keywords: ["血细胞分析", "CBC", "验血"] },
  { code: "002501020010000", name: "尿常规检查", nameEn: "Urinalysis", spec: "每次", unit: "次", unitEn: "test", kind: "service", class: "A", typicalPriceFen: 1000, pinyinInitials: "ncgjc", keywords: ["验尿"] },
  { code: "002503020010000", name: "肝功能检查", nameEn: "Liver function panel", spec: "常规组合", unit: "次", unitEn: "test", kind: "service", class: "A", typicalPriceFen: 6000, pinyinInitials: "ggnjc", keywords: ["验血"] },
  { code: "002503030010000", name: "肾功能检查", nameEn: "Renal function panel", spec: "常规组合", unit: "次", unitEn: "test", kind: "service", class: "A", typicalPriceFen: 4500, pinyinInitials: "sgnjc", keywords: ["验血", "肌酐"] },
  { code: "002503040010000", name: "血脂四项", nameEn: "Blood lipid panel (4 items)", spec: "四项", unit: "次", unitEn: "test", kind: "service", class: "A", typicalPriceFen: 4000, pinyinInitials: "xzsx", keywords: ["验血", "血脂"] },
  { code: "002503050010000", name: "空腹血糖测定", nameEn: "Fasting blood glucose test", spec: "每次", unit: "次", unitEn: "test", kind: "service", class: "A", typicalPriceFen: 600, priceCeilingFen: 600, pinyinInitials: "kfxtcd", keywords: ["血糖"] },
  { code: "002503050050000", name: "糖化血红蛋白测定", nameEn: "Glycated haemoglobin (HbA1c) test", spec: "每次", unit: "次", unitEn: "test", kind: "service", class: "A", typicalPriceFen: 6000, priceCeilingFen: 5000, pinyinInitials: "thxhdbcd", keywords: ["HbA1c", "血糖"] },
  { code: "002502010010000", name: "凝血四项", nameEn: "Coagulation panel (4 items)", spec: "四项", unit: "次", unitEn: "test", kind: "service", class: "A", typicalPriceFen: 8000, pinyinInitials: "nxsx", keywords: ["凝血"] },
  { code: "002505010010000", name: "C反应蛋白测定", nameEn: "C-reactive protein test", spec: "每次", unit: "次", unitEn: "test", kind: "service", class: "A", typicalPriceFen: 2500, pinyinInitials: "cfydbcd", keywords: ["CRP", "炎症"] },
  { code: "002504020010000", name: "甲状腺功能检查", nameEn: "Thyroid function panel", spec: "五项", unit: "次", unitEn: "test", kind: "service", class: "A", typicalPriceFen: 9000, pinyinInitials: "jzxgnjc", keywords: ["甲功"] },
  { code: "002506020010000", name: "乙肝五项检查", nameEn: "Hepatitis B serology (5 markers)", spec: "五项", unit: "次", unitEn: "test", kind: "service", class: "A", typicalPriceFen: 7500, pinyinInitials: "ygwxjc", keywords: ["两对半", "乙肝"] },
  { code: "002506030010000", name: "新型冠状病毒核酸检测", nameEn: "SARS-CoV-2 nucleic acid test", spec: "单检", unit: "次", unitEn: "test", kind: "service", class: "A", typicalPriceFen: 1600, priceCeilingFen: 1600, pinyinInitials: "xxgzbdhsjc", keywords: ["核酸", "新冠"] },
  // Imaging (影像)
  { code: "002101020010000", name: "胸部X线摄影", nameEn: "Chest X-ray", spec: "正位,DR", unit: "次", unitEn: "exam", kind: "service", class: "A", typicalPriceFen: 5000, pinyinInitials: "xbxxsy", keywords: ["胸片", "DR", "拍片"] },
  { code: "002104000010000", name: "胸部CT平扫", nameEn: "Chest CT, plain scan", spec: "每部位", unit: "次", unitEn: "exam", kind: "service", class: "B", typicalPriceFen: 15000, priceCeilingFen: 15000, pinyinInitials: "xbctps", keywords: ["CT"] },
  { code: "002104000020000", name: "头颅CT平扫", nameEn: "Head CT, plain scan", spec: "每部位", unit: "次", unitEn: "exam", kind: "service", class: "B", typicalPriceFen: 15000, pinyinInitials: "tlctps", keywords: ["CT"] },
  { code: "002103000010000", name: "头颅磁共振平扫", nameEn: "Head MRI, plain scan", spec: "每部位", unit: "次", unitEn: "exam", kind: "service", class: "B", classBShare: 2000, typicalPriceFen: 45000, priceCeilingFen: 45000, pinyinInitials: "tlcgzps", keywords: ["MRI", "核磁"] },
  { code: "002103000020000", name: "腰椎磁共振平扫", nameEn: "Lumbar spine MRI, plain scan", spec: "每部位", unit: "次", unitEn: "exam", kind: "service", class: "B", classBShare: 2000, typicalPriceFen: 45000, pinyinInitials: "yzcgzps", keywords: ["MRI", "核磁"] },
  { code: "002201000010000", name: "腹部B超检查", nameEn: "Abdominal ultrasound", spec: "肝胆胰脾", unit: "次", unitEn: "exam", kind: "service", class: "A", typicalPriceFen: 12000, pinyinInitials: "fbbcjc", keywords: ["彩超", "B超"] },
  { code: "002202000010000", name: "甲状腺彩色超声检查", nameEn: "Thyroid colour Doppler ultrasound", spec: "每次", unit: "次", unitEn: "exam", kind: "service", class: "A", typicalPriceFen: 10000, pinyinInitials: "jzxcscsjc", keywords: ["彩超"] },
  { code: "002203000010000", name: "超声心动图检查", nameEn: "Echocardiography", spec: "每次", unit: "次", unitEn: "exam", kind: "service", class: "B", typicalPriceFen: 22000, priceCeilingFen: 22000, pinyinInitials: "csxdtjc", keywords: ["心脏彩超"] },
  { code: "002301000010000", name: "骨密度测定", nameEn: "Bone mineral density test", spec: "双能X线", unit: "次", unitEn: "exam", kind: "service", class: "B", typicalPriceFen: 12000, pinyinInitials: "gmdcd", keywords: ["骨质疏松"] },
  { code: "002402000010000", name: "调强放射治疗", nameEn: "Intensity-modulated radiotherapy", spec: "每次", unit: "次", unitEn: "session", kind: "service", class: "B", typicalPriceFen: 100000, pinyinInitials: "tqfszl", keywords: ["放疗", "IMRT", "肿瘤"] },
  // Clinical examination and treatment by system
  { code: "003107010010000", name: "常规心电图检查", nameEn: "Resting 12-lead electrocardiogram", spec: "十二导联", unit: "次", unitEn: "exam", kind: "service", class: "A", typicalPriceFen: 2500, priceCeilingFen: 2500, pinyinInitials: "cgxdtjc", keywords: ["心电图", "ECG"] },
  { code: "003107010020000", name: "动态心电图", nameEn: "24-hour Holter electrocardiogram", spec: "24小时", unit: "次", unitEn: "exam", kind: "service", class: "B", typicalPriceFen: 20000, pinyinInitials: "dtxdt", keywords: ["Holter", "心电图"] },
  { code: "003106010010000", name: "肺通气功能检查", nameEn: "Pulmonary ventilation function test", spec: "每次", unit: "次", unitEn: "exam", kind: "service", class: "A", typicalPriceFen: 8000, pinyinInitials: "ftqgnjc", keywords: ["肺功能"] },
  { code: "003109010010000", name: "电子胃镜检查", nameEn: "Electronic gastroscopy", spec: "普通", unit: "次", unitEn: "exam", kind: "service", class: "B", typicalPriceFen: 28000, pinyinInitials: "dzwjjc", keywords: ["胃镜"] },
  { code: "003109010020000", name: "电子结肠镜检查", nameEn: "Electronic colonoscopy", spec: "普通", unit: "次", unitEn: "exam", kind: "service", class: "B", typicalPriceFen: 38000, pinyinInitials: "dzjcjjc", keywords: ["肠镜"] },
  { code: "003110000060000", name: "血液透析", nameEn: "Haemodialysis", spec: "每次", unit: "次", unitEn: "session", kind: "service", class: "A", typicalPriceFen: 42000, priceCeilingFen: 42000, pinyinInitials: "xytx", keywords: ["透析", "尿毒症"] },
  { code: "003110000070000", name: "血液透析滤过", nameEn: "Haemodiafiltration", spec: "每次", unit: "次", unitEn: "session", kind: "service", class: "B", typicalPriceFen: 60000, priceCeilingFen: 58000, pinyinInitials: "xytxlg", keywords: ["透析", "尿毒症"] },
  { code: "003110000080000", name: "腹膜透析", nameEn: "Peritoneal dialysis", spec: "每日", unit: "日", unitEn: "day", kind: "service", class: "A", typicalPriceFen: 5000, pinyinInitials: "fmtx", keywords: ["透析", "尿毒症"] },
  { code: "003111000010000", name: "化疗药物静脉输注", nameEn: "Intravenous chemotherapy administration", spec: "每次", unit: "次", unitEn: "session", kind: "service", class: "A", typicalPriceFen: 6000, priceCeilingFen: 6000, pinyinInitials: "hlywjmsz", keywords: ["化疗", "肿瘤"] },
  { code: "003105000010000", name: "超声洁牙", nameEn: "Ultrasonic tooth scaling", spec: "全口", unit: "次", unitEn: "session", kind: "service", class: "C", typicalPriceFen: 20000, pinyinInitials: "csjy", keywords: ["洗牙"] },
  { code: "003112000010000", name: "光子嫩肤", nameEn: "Intense pulsed light skin rejuvenation", spec: "全面部", unit: "次", unitEn: "session", kind: "service", class: "C", typicalPriceFen: 80000, pinyinInitials: "gznf", keywords: ["美容"] },
  // Traditional Chinese medicine treatment
  { code: "004401000010000", name: "普通针刺", nameEn: "Acupuncture", spec: "每次", unit: "次", unitEn: "session", kind: "service", class: "A", typicalPriceFen: 2500, pinyinInitials: "ptzc", keywords: ["针灸"] },
  { code: "004500000010000", name: "推拿治疗", nameEn: "Tuina massage therapy", spec: "每次", unit: "次", unitEn: "session", kind: "service", class: "A", typicalPriceFen: 4000, pinyinInitials: "tnzl", keywords: ["按摩"] },
];
