import type { FacilityKind } from "@/lib/db/schema";
import { seedId } from "./seed-id";

interface SeedFacility {
  key: string;
  code: string;
  name: string;
  nameEn: string;
  kind: FacilityKind;
  level: number;
  regionCode: string;
  district: string;
  districtEn: string;
  address: string;
  addressEn: string;
  hours: string;
  alliance?: string;
  choosable?: boolean;
}

const clinicHours = "周一至周日 08:00–17:30";
const pharmacyHours = "每天 08:00–22:00";
const hospitalHours = "门诊 周一至周五 08:00–17:00，急诊 24 小时";
const villageHours = "周一至周六 08:00–12:00，14:30–17:30";

/** The opening hours in English, by their Chinese text. */
const HOURS_EN: Record<string, string> = {
  [clinicHours]: "Mon–Sun 08:00–17:30",
  [pharmacyHours]: "Daily 08:00–22:00",
  [hospitalHours]: "Outpatients Mon–Fri 08:00–17:00; emergency 24 hours",
  [villageHours]: "Mon–Sat 08:00–12:00, 14:30–17:30",
};

/** Demo facilities with national-style codes (not real registrations). */
const list: SeedFacility[] = [
  // Sanming 三明
  { key: "sm-1st", code: "H35040200001", name: "三明市第一医院", nameEn: "Sanming First Hospital", kind: "hospital", level: 3, regionCode: "350400", district: "梅列区", districtEn: "Meilie", address: "梅列区列东街 29 号", addressEn: "29 Liedong Street, Meilie District", hours: hospitalHours },
  { key: "sm-2nd", code: "H35040300002", name: "三明市第二医院", nameEn: "Sanming Second Hospital", kind: "hospital", level: 2, regionCode: "350400", district: "三元区", districtEn: "Sanyuan", address: "三元区新市北路 66 号", addressEn: "66 Xinshi North Road, Sanyuan District", hours: hospitalHours },
  { key: "sm-liedong", code: "H35040200103", name: "列东街道社区卫生服务中心", nameEn: "Liedong Community Health Centre", kind: "clinic", level: 1, regionCode: "350400", district: "梅列区", districtEn: "Meilie", address: "梅列区乾龙新村 12 幢", addressEn: "Building 12, Qianlong New Village, Meilie District", hours: clinicHours, choosable: true },
  { key: "sm-chengguan", code: "H35040300104", name: "城关街道社区卫生服务中心", nameEn: "Chengguan Community Health Centre", kind: "clinic", level: 1, regionCode: "350400", district: "三元区", districtEn: "Sanyuan", address: "三元区崇桂新村 3 号", addressEn: "3 Chonggui New Village, Sanyuan District", hours: clinicHours, choosable: true },
  { key: "sm-yida", code: "P35040200201", name: "益大药房（列东店）", nameEn: "Yida Pharmacy (Liedong)", kind: "pharmacy", level: 0, regionCode: "350400", district: "梅列区", districtEn: "Meilie", address: "梅列区列东街 101 号", addressEn: "101 Liedong Street, Meilie District", hours: pharmacyHours },
  { key: "sm-kangmin", code: "P35040300202", name: "康民大药房", nameEn: "Kangmin Pharmacy", kind: "pharmacy", level: 0, regionCode: "350400", district: "三元区", districtEn: "Sanyuan", address: "三元区沿江路 8 号", addressEn: "8 Yanjiang Road, Sanyuan District", hours: pharmacyHours },
  { key: "sm-zhongxi", code: "H35040200005", name: "三明市中西医结合医院", nameEn: "Sanming Integrated Chinese and Western Medicine Hospital", kind: "hospital", level: 2, regionCode: "350400", district: "梅列区", districtEn: "Meilie", address: "梅列区徐碧路 2 号", addressEn: "2 Xubi Road, Meilie District", hours: hospitalHours },
  // Qingyuan 清远 — one county medical alliance in Qingxin district
  { key: "qy-people", code: "H44180200001", name: "清远市人民医院", nameEn: "Qingyuan People's Hospital", kind: "hospital", level: 3, regionCode: "441800", district: "清城区", districtEn: "Qingcheng", address: "清城区银泉路 B24 号", addressEn: "B24 Yinquan Road, Qingcheng District", hours: hospitalHours },
  { key: "qy-qingxin-hosp", code: "H44180300002", name: "清新区人民医院", nameEn: "Qingxin District People's Hospital", kind: "hospital", level: 2, regionCode: "441800", district: "清新区", districtEn: "Qingxin", address: "清新区太和镇玄真路 35 号", addressEn: "35 Xuanzhen Road, Taihe Town, Qingxin District", hours: hospitalHours, alliance: "qingxin", choosable: true },
  { key: "qy-taihe", code: "H44180300103", name: "太和镇卫生院", nameEn: "Taihe Township Health Centre", kind: "clinic", level: 1, regionCode: "441800", district: "清新区", districtEn: "Qingxin", address: "清新区太和镇新城大道 18 号", addressEn: "18 Xincheng Avenue, Taihe Town, Qingxin District", hours: clinicHours, alliance: "qingxin", choosable: true },
  { key: "qy-shantang", code: "H44180300104", name: "山塘镇卫生院", nameEn: "Shantang Township Health Centre", kind: "clinic", level: 1, regionCode: "441800", district: "清新区", districtEn: "Qingxin", address: "清新区山塘镇山塘大道 6 号", addressEn: "6 Shantang Avenue, Shantang Town, Qingxin District", hours: clinicHours, alliance: "qingxin", choosable: true },
  { key: "qy-hetian", code: "H44180300105", name: "禾云镇禾田村卫生站", nameEn: "Hetian Village Health Station", kind: "clinic", level: 0, regionCode: "441800", district: "清新区", districtEn: "Qingxin", address: "清新区禾云镇禾田村委会旁", addressEn: "Next to the Hetian Village Committee, Heyun Town, Qingxin District", hours: villageHours, alliance: "qingxin", choosable: true },
  { key: "qy-fenghuang", code: "H44180200106", name: "凤城街道社区卫生服务中心", nameEn: "Fengcheng Community Health Centre", kind: "clinic", level: 1, regionCode: "441800", district: "清城区", districtEn: "Qingcheng", address: "清城区凤城街道北门街 20 号", addressEn: "20 Beimen Street, Fengcheng Subdistrict, Qingcheng District", hours: clinicHours, choosable: true },
  { key: "qy-dongcheng", code: "H44180200107", name: "东城街道社区卫生服务中心", nameEn: "Dongcheng Community Health Centre", kind: "clinic", level: 1, regionCode: "441800", district: "清城区", districtEn: "Qingcheng", address: "清城区东城街道华云路 9 号", addressEn: "9 Huayun Road, Dongcheng Subdistrict, Qingcheng District", hours: clinicHours, choosable: true },
  { key: "qy-dashenlin", code: "P44180200201", name: "大参林药店（银泉店）", nameEn: "Dashenlin Pharmacy (Yinquan)", kind: "pharmacy", level: 0, regionCode: "441800", district: "清城区", districtEn: "Qingcheng", address: "清城区银泉路 42 号", addressEn: "42 Yinquan Road, Qingcheng District", hours: pharmacyHours },
  // Wuhan 武汉
  { key: "wh-union", code: "H42010200001", name: "武汉市中心医院", nameEn: "Wuhan Central Hospital", kind: "hospital", level: 3, regionCode: "420100", district: "江岸区", districtEn: "Jiang'an", address: "江岸区胜利街 26 号", addressEn: "26 Shengli Street, Jiang'an District", hours: hospitalHours },
  { key: "wh-wuchang", code: "H42010600002", name: "武昌区人民医院", nameEn: "Wuchang District People's Hospital", kind: "hospital", level: 2, regionCode: "420100", district: "武昌区", districtEn: "Wuchang", address: "武昌区解放路 99 号", addressEn: "99 Jiefang Road, Wuchang District", hours: hospitalHours },
  { key: "wh-hongshan", code: "H42011100003", name: "洪山区中医医院", nameEn: "Hongshan District TCM Hospital", kind: "hospital", level: 2, regionCode: "420100", district: "洪山区", districtEn: "Hongshan", address: "洪山区珞狮路 21 号", addressEn: "21 Luoshi Road, Hongshan District", hours: hospitalHours },
  { key: "wh-zhongnan", code: "H42010600104", name: "中南路街社区卫生服务中心", nameEn: "Zhongnan Road Community Health Centre", kind: "clinic", level: 1, regionCode: "420100", district: "武昌区", districtEn: "Wuchang", address: "武昌区中南二路 5 号", addressEn: "5 Zhongnan 2nd Road, Wuchang District", hours: clinicHours, choosable: true },
  { key: "wh-dazhi", code: "H42010200105", name: "大智街社区卫生服务中心", nameEn: "Dazhi Street Community Health Centre", kind: "clinic", level: 1, regionCode: "420100", district: "江岸区", districtEn: "Jiang'an", address: "江岸区黄石路 33 号", addressEn: "33 Huangshi Road, Jiang'an District", hours: clinicHours, choosable: true },
  { key: "wh-guanshan", code: "H42011100106", name: "关山街社区卫生服务中心", nameEn: "Guanshan Community Health Centre", kind: "clinic", level: 1, regionCode: "420100", district: "洪山区", districtEn: "Hongshan", address: "洪山区关山大道 410 号", addressEn: "410 Guanshan Avenue, Hongshan District", hours: clinicHours, choosable: true },
  { key: "wh-jiuzhou", code: "P42010600201", name: "九州通好药师大药房", nameEn: "Jointown Pharmacy", kind: "pharmacy", level: 0, regionCode: "420100", district: "武昌区", districtEn: "Wuchang", address: "武昌区武珞路 58 号", addressEn: "58 Wuluo Road, Wuchang District", hours: pharmacyHours },
  { key: "wh-mashangfang", code: "P42010200202", name: "马应龙大药房（江汉路店）", nameEn: "Mayinglong Pharmacy (Jianghan Road)", kind: "pharmacy", level: 0, regionCode: "420100", district: "江岸区", districtEn: "Jiang'an", address: "江岸区江汉路 118 号", addressEn: "118 Jianghan Road, Jiang'an District", hours: pharmacyHours },
  // Yangzhou 扬州
  { key: "yz-subei", code: "H32100200001", name: "苏北人民医院", nameEn: "Northern Jiangsu People's Hospital", kind: "hospital", level: 3, regionCode: "321000", district: "广陵区", districtEn: "Guangling", address: "广陵区南通西路 98 号", addressEn: "98 Nantong West Road, Guangling District", hours: hospitalHours },
  { key: "yz-hanjiang", code: "H32100300002", name: "邗江区人民医院", nameEn: "Hanjiang District People's Hospital", kind: "hospital", level: 2, regionCode: "321000", district: "邗江区", districtEn: "Hanjiang", address: "邗江区文汇西路 58 号", addressEn: "58 Wenhui West Road, Hanjiang District", hours: hospitalHours },
  { key: "yz-wenhe", code: "H32100200103", name: "汶河街道社区卫生服务中心", nameEn: "Wenhe Community Health Centre", kind: "clinic", level: 1, regionCode: "321000", district: "广陵区", districtEn: "Guangling", address: "广陵区汶河南路 30 号", addressEn: "30 Wenhe South Road, Guangling District", hours: clinicHours, choosable: true },
  { key: "yz-jiangyang", code: "H32100300104", name: "蒋王街道社区卫生服务中心", nameEn: "Jiangwang Community Health Centre", kind: "clinic", level: 1, regionCode: "321000", district: "邗江区", districtEn: "Hanjiang", address: "邗江区蒋王街道真州路 12 号", addressEn: "12 Zhenzhou Road, Jiangwang Subdistrict, Hanjiang District", hours: clinicHours, choosable: true },
  { key: "yz-baijia", code: "P32100200201", name: "百家惠大药房（文昌店）", nameEn: "Baijiahui Pharmacy (Wenchang)", kind: "pharmacy", level: 0, regionCode: "321000", district: "广陵区", districtEn: "Guangling", address: "广陵区文昌中路 200 号", addressEn: "200 Wenchang Middle Road, Guangling District", hours: pharmacyHours },
  { key: "yz-shoutian", code: "P32100300202", name: "寿天大药房", nameEn: "Shoutian Pharmacy", kind: "pharmacy", level: 0, regionCode: "321000", district: "邗江区", districtEn: "Hanjiang", address: "邗江区扬子江北路 66 号", addressEn: "66 Yangzijiang North Road, Hanjiang District", hours: pharmacyHours },
  { key: "yz-zhongyi", code: "H32100200005", name: "扬州市中医院", nameEn: "Yangzhou TCM Hospital", kind: "hospital", level: 3, regionCode: "321000", district: "广陵区", districtEn: "Guangling", address: "广陵区文昌中路 577 号", addressEn: "577 Wenchang Middle Road, Guangling District", hours: hospitalHours },
];

export const seedFacilities = list.map(({ key, alliance, choosable, ...rest }) => ({
  ...rest,
  hoursEn: HOURS_EN[rest.hours] ?? null,
  id: facilityId(key),
  allianceId: alliance ? seedId(`alliance:${alliance}`) : null,
  choosable: choosable ?? false,
}));

export function facilityId(key: string): string {
  return seedId(`facility:${key}`);
}
