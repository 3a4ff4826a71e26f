import { seedId } from "./seed-id";

export const seedRegions = [
  {
    code: "350400", name: "三明市", nameEn: "Sanming", province: "福建省", policyId: "CN-350400",
    requiresChosenClinic: false, allianceAsOneUnit: false, clinicChangeIntervalDays: null, clinicRuleSource: null,
  },
  {
    code: "441800", name: "清远市", nameEn: "Qingyuan", province: "广东省", policyId: "CN-441800",
    requiresChosenClinic: true, allianceAsOneUnit: true,
    // Demo value: the reply does not give a change interval; once per year is common practice.
    clinicChangeIntervalDays: 365,
    clinicChangeIntervalUnverified: true,
    clinicRuleSource: "清远市医疗保障局 清医保待函〔2021〕28号（2021-04-29）",
  },
  {
    code: "420100", name: "武汉市", nameEn: "Wuhan", province: "湖北省", policyId: "CN-420100",
    requiresChosenClinic: false, allianceAsOneUnit: false, clinicChangeIntervalDays: null, clinicRuleSource: null,
  },
  {
    code: "321000", name: "扬州市", nameEn: "Yangzhou", province: "江苏省", policyId: "CN-321000",
    requiresChosenClinic: false, allianceAsOneUnit: false, clinicChangeIntervalDays: null, clinicRuleSource: null,
  },
] as const;

export const seedAlliances = [
  { id: seedId("alliance:qingxin"), regionCode: "441800", name: "清新区紧密型县域医共体", nameEn: "Qingxin District County Medical Alliance" },
];
