import type { CatalogueItem } from "./types";

/**
 * Chinese patent medicines (中成药) commonly dispensed in pharmacies and clinics.
 *
 * Codes are DEMO codes laid out in the style of the national medical-insurance
 * drug code; they are not the official codes of any product. Layout (23 chars):
 *   "Z" + therapeutic category (5) + generic name (4) + dosage form (4) + spec (4) + maker (5)
 * Categories used here (demo): A01 exterior-releasing (解表), A03 heat-clearing
 * (清热), A06 summer-heat (祛暑), A07 cough and phlegm (止咳化痰), A09 tonics
 * (扶正), A10 wasting-thirst (消渴), A11 kidney (泄浊), A12 blood-regulating
 * (理血), A13 calming (安神), A14 resuscitating (开窍), A15 digestive and
 * qi-regulating (消导理气), A16 gynaecology (妇科), A17 bone and injury (骨伤),
 * A18 throat, nose and eye (五官). Dosage forms as for Western medicines, with
 * J001 for pills (丸剂, 滴丸).
 *
 * Classes, prices and price ceilings are realistic demo values.
 */
export const tcmDrugs: readonly CatalogueItem[] = [
  // Colds and flu
  { code: "ZA01BAL001B001010100000", name: "连花清瘟胶囊", nameEn: "Lianhua Qingwen Capsules", spec: "0.35g×24粒", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 1450, priceCeilingFen: 1600, pinyinInitials: "lhqwjn", keywords: ["感冒", "流感"] },
  { code: "ZA01BAL001C001010200000", name: "连花清瘟颗粒", nameEn: "Lianhua Qingwen Granules", spec: "6g×10袋", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 2380, pinyinInitials: "lhqwkl", keywords: ["感冒", "流感"] },
  { code: "ZA01AAG003C001010100000", name: "感冒清热颗粒", nameEn: "Ganmao Qingre Granules", spec: "12g×10袋", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 1380, priceCeilingFen: 1500, pinyinInitials: "gmqrkl", keywords: ["感冒", "风寒"] },
  { code: "ZA01BAG004C001010100000", name: "感冒灵颗粒", nameEn: "Ganmaoling Granules", spec: "10g×9袋", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 1580, pinyinInitials: "gmlkl", keywords: ["感冒"] },
  { code: "ZA01BAS005D001010100000", name: "双黄连口服液", nameEn: "Shuanghuanglian Oral Liquid", spec: "10ml×10支", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 1980, priceCeilingFen: 2200, pinyinInitials: "shlkfy", keywords: ["感冒", "风热"] },
  { code: "ZA01CAX007C001010100000", name: "小柴胡颗粒", nameEn: "Xiaochaihu Granules", spec: "10g×10袋", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 1650, pinyinInitials: "xchkl", keywords: ["感冒"] },
  { code: "ZA06AAH008D001010100000", name: "藿香正气水", nameEn: "Huoxiang Zhengqi Tincture", spec: "10ml×10支", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 1280, priceCeilingFen: 1500, pinyinInitials: "hxzqs", keywords: ["中暑", "肠胃型感冒"] },
  { code: "ZA06AAH008B004010200000", name: "藿香正气软胶囊", nameEn: "Huoxiang Zhengqi Soft Capsules", spec: "0.45g×24粒", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 2150, pinyinInitials: "hxzqrjn", keywords: ["中暑"] },
  // Heat-clearing
  { code: "ZA03AAB010C001010100000", name: "板蓝根颗粒", nameEn: "Banlangen Granules", spec: "10g×20袋", unit: "包", unitEn: "pack", kind: "drug", class: "A", typicalPriceFen: 1250, pinyinInitials: "blgkl", keywords: ["咽喉肿痛"] },
  { code: "ZA03BAP011A001010100000", name: "蒲地蓝消炎片", nameEn: "Pudilan Xiaoyan Tablets", spec: "0.3g×48片", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 2680, priceCeilingFen: 3000, pinyinInitials: "pdlxyp", keywords: ["咽炎", "扁桃体炎"] },
  { code: "ZA03CAN013A001010100000", name: "牛黄解毒片", nameEn: "Niuhuang Jiedu Tablets", spec: "24片", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 350, pinyinInitials: "nhjdp", keywords: ["上火", "牙痛"] },
  // Cough and phlegm
  { code: "ZA07AAJ015D001010100000", name: "急支糖浆", nameEn: "Jizhi Syrup", spec: "200ml", unit: "瓶", unitEn: "bottle", kind: "drug", class: "A", typicalPriceFen: 1980, priceCeilingFen: 2000, pinyinInitials: "jztj", keywords: ["止咳"] },
  { code: "ZA07BAM017D001010100000", name: "蜜炼川贝枇杷膏", nameEn: "Milian Chuanbei Pipa Syrup", spec: "300ml", unit: "瓶", unitEn: "bottle", kind: "drug", class: "B", typicalPriceFen: 4580, pinyinInitials: "mlcbppg", keywords: ["止咳", "枇杷膏"] },
  { code: "ZA07CAS018B001010100000", name: "苏黄止咳胶囊", nameEn: "Suhuang Zhike Capsules", spec: "0.45g×24粒", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 4380, priceCeilingFen: 4800, pinyinInitials: "shzkjn", keywords: ["止咳"] },
  // Tonics
  { code: "ZA09CAL020J001010100000", name: "六味地黄丸", nameEn: "Liuwei Dihuang Pills", spec: "200丸(浓缩丸)", unit: "瓶", unitEn: "bottle", kind: "drug", class: "A", typicalPriceFen: 1580, priceCeilingFen: 1800, pinyinInitials: "lwdhw", keywords: ["肾阴虚"] },
  { code: "ZA09AAB021J001010100000", name: "补中益气丸", nameEn: "Buzhong Yiqi Pills", spec: "200丸(浓缩丸)", unit: "瓶", unitEn: "bottle", kind: "drug", class: "A", typicalPriceFen: 1680, pinyinInitials: "bzyqw", keywords: ["气虚"] },
  { code: "ZA09DAJ022J001010100000", name: "金匮肾气丸", nameEn: "Jingui Shenqi Pills", spec: "360丸(水蜜丸)", unit: "瓶", unitEn: "bottle", kind: "drug", class: "A", typicalPriceFen: 2560, pinyinInitials: "jksqw", keywords: ["肾阳虚"] },
  { code: "ZA09EAB053B001010100000", name: "百令胶囊", nameEn: "Bailing Capsules", spec: "0.5g×42粒", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 5280, priceCeilingFen: 5000, pinyinInitials: "bljn", keywords: ["慢性肾病"] },
  { code: "ZA09BAF054D001010100000", name: "复方阿胶浆", nameEn: "Fufang Ejiao Syrup", spec: "20ml×12支", unit: "盒", unitEn: "box", kind: "drug", class: "C", typicalPriceFen: 9680, pinyinInitials: "ffejj", keywords: ["补血"] },
  { code: "ZA09EAL057B001010100000", name: "灵芝孢子粉胶囊", nameEn: "Ganoderma Spore Powder Capsules", spec: "0.3g×60粒", unit: "瓶", unitEn: "bottle", kind: "drug", class: "C", typicalPriceFen: 19800, pinyinInitials: "lzbzfjn", keywords: ["保健"] },
  // Blood-regulating: heart and brain
  { code: "ZA12BAF025J001010100000", name: "复方丹参滴丸", nameEn: "Compound Danshen Dripping Pills", spec: "27mg×180丸", unit: "瓶", unitEn: "bottle", kind: "drug", class: "A", typicalPriceFen: 3580, priceCeilingFen: 3800, pinyinInitials: "ffdsdw", keywords: ["冠心病", "心绞痛"] },
  { code: "ZA12BAS026J001010100000", name: "速效救心丸", nameEn: "Suxiao Jiuxin Pills", spec: "40mg×60丸×3瓶", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 4180, priceCeilingFen: 4500, pinyinInitials: "sxjxw", keywords: ["冠心病", "心绞痛"] },
  { code: "ZA12BAS027J001010100000", name: "麝香保心丸", nameEn: "Shexiang Baoxin Pills", spec: "22.5mg×42丸", unit: "瓶", unitEn: "bottle", kind: "drug", class: "A", typicalPriceFen: 4260, priceCeilingFen: 4000, pinyinInitials: "sxbxw", keywords: ["冠心病", "心绞痛"] },
  { code: "ZA12CAT028B001010100000", name: "通心络胶囊", nameEn: "Tongxinluo Capsules", spec: "0.26g×30粒", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 4650, priceCeilingFen: 5200, pinyinInitials: "txljn", keywords: ["冠心病", "脑梗"] },
  { code: "ZA12CAN029B001010100000", name: "脑心通胶囊", nameEn: "Naoxintong Capsules", spec: "0.4g×48粒", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 4580, pinyinInitials: "nxtjn", keywords: ["脑梗"] },
  { code: "ZA12CAX030B004010100000", name: "血塞通软胶囊", nameEn: "Xuesaitong Soft Capsules", spec: "60mg×24粒", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 3280, pinyinInitials: "xstrjn", keywords: ["脑梗"] },
  { code: "ZA12CAY031A001010100000", name: "银杏叶片", nameEn: "Ginkgo Leaf Tablets", spec: "9.6mg×24片", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 2480, pinyinInitials: "yxyp", keywords: ["脑供血不足"] },
  { code: "ZA12DAS033B001010100000", name: "参松养心胶囊", nameEn: "Shensong Yangxin Capsules", spec: "0.4g×36粒", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 4980, priceCeilingFen: 5500, pinyinInitials: "ssyxjn", keywords: ["心律失常", "早搏"] },
  { code: "ZA12EAX049B001010100000", name: "血脂康胶囊", nameEn: "Xuezhikang Capsules", spec: "0.3g×24粒", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 2680, priceCeilingFen: 3000, pinyinInitials: "xzkjn", keywords: ["降脂"] },
  { code: "ZA12AAY035B001010100000", name: "云南白药胶囊", nameEn: "Yunnan Baiyao Capsules", spec: "0.25g×32粒", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 3580, priceCeilingFen: 3800, pinyinInitials: "ynbyjn", keywords: ["止血", "跌打损伤"] },
  { code: "ZA17AAY035M001010200000", name: "云南白药气雾剂", nameEn: "Yunnan Baiyao Aerosol", spec: "85g+30g", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 5480, pinyinInitials: "ynbyqwj", keywords: ["跌打损伤", "喷雾"] },
  { code: "ZA14AAA037J001010100000", name: "安宫牛黄丸", nameEn: "Angong Niuhuang Pills", spec: "3g×1丸", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 78000, pinyinInitials: "agnhw", keywords: ["中风", "高热"] },
  { code: "ZA03CAP058A001010100000", name: "片仔癀", nameEn: "Pien Tze Huang", spec: "3g×1粒", unit: "盒", unitEn: "box", kind: "drug", class: "C", typicalPriceFen: 76000, pinyinInitials: "pzh", keywords: ["肝病"] },
  // Digestive and qi-regulating
  { code: "ZA15AAB038J001010100000", name: "保和丸", nameEn: "Baohe Pills", spec: "6g×10袋(水丸)", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 980, pinyinInitials: "bhw", keywords: ["消食"] },
  { code: "ZA15BAX039J001010100000", name: "逍遥丸", nameEn: "Xiaoyao Pills", spec: "200丸(浓缩丸)", unit: "瓶", unitEn: "bottle", kind: "drug", class: "A", typicalPriceFen: 1480, pinyinInitials: "xyw", keywords: ["肝郁"] },
  { code: "ZA15BAX040J001010100000", name: "香砂养胃丸", nameEn: "Xiangsha Yangwei Pills", spec: "200丸(浓缩丸)", unit: "瓶", unitEn: "bottle", kind: "drug", class: "A", typicalPriceFen: 1650, pinyinInitials: "xsyww", keywords: ["胃胀"] },
  { code: "ZA15AAJ041A004010100000", name: "健胃消食片", nameEn: "Jianwei Xiaoshi Tablets", spec: "0.8g×32片", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 1380, pinyinInitials: "jwxsp", keywords: ["消食", "儿童"] },
  // Diabetes, kidney, sleep
  { code: "ZA10AAX050J001010100000", name: "消渴丸", nameEn: "Xiaoke Pills", spec: "210丸", unit: "瓶", unitEn: "bottle", kind: "drug", class: "A", typicalPriceFen: 2450, pinyinInitials: "xkw", keywords: ["降糖", "糖尿病"] },
  { code: "ZA10AAJ051C001010100000", name: "津力达颗粒", nameEn: "Jinlida Granules", spec: "9g×9袋", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 5580, pinyinInitials: "jldkl", keywords: ["降糖", "糖尿病"] },
  { code: "ZA11AAN052C001010100000", name: "尿毒清颗粒", nameEn: "Niaoduqing Granules", spec: "5g×18袋", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 5980, pinyinInitials: "ndqkl", keywords: ["肾衰竭"] },
  { code: "ZA13AAB055B001010100000", name: "百乐眠胶囊", nameEn: "Bailemian Capsules", spec: "0.27g×24粒", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 3280, pinyinInitials: "blmjn", keywords: ["失眠"] },
  // Gynaecology, bone and injury, throat
  { code: "ZA16AAW043J001010100000", name: "乌鸡白凤丸", nameEn: "Wuji Baifeng Pills", spec: "9g×10丸(大蜜丸)", unit: "盒", unitEn: "box", kind: "drug", class: "A", typicalPriceFen: 3280, pinyinInitials: "wjbfw", keywords: ["月经不调"] },
  { code: "ZA17AAS046K001010100000", name: "麝香壮骨膏", nameEn: "Shexiang Zhuanggu Plasters", spec: "7cm×10cm×10贴", unit: "盒", unitEn: "box", kind: "drug", class: "B", typicalPriceFen: 1280, pinyinInitials: "sxzgg", keywords: ["膏药", "关节痛"] },
  { code: "ZA18AAJ047A001010100000", name: "金嗓子喉片", nameEn: "Jinsangzi Lozenges", spec: "2g×12片", unit: "盒", unitEn: "box", kind: "drug", class: "C", typicalPriceFen: 1150, pinyinInitials: "jszhp", keywords: ["咽喉肿痛"] },
];
