import { facilityId } from "./facilities";
import { nationalIdFor } from "./national-id";
import { seedId } from "./seed-id";

type Insurance = "employee" | "resident";
type Assistance = "none" | "extreme_poverty" | "subsistence" | "near_subsistence";

interface SeedPerson {
  key: string;
  name: string;
  gender: "female" | "male";
  birthDate: string;
  area: string;
  sequence: string;
  phone: string | null;
  regionCode: string;
  insurance: Insurance;
  status: "active" | "retired" | null;
  assistance?: Assistance;
  note: string; // what this demo person shows, for the sign-in page and docs
  noteEn: string;
}

/** About ten demo people covering the cases the product must handle. Phones are reserved demo numbers. */
const list: SeedPerson[] = [
  { key: "chen", name: "陈建国", gender: "male", birthDate: "1978-03-14", area: "350402", sequence: "031", phone: "13800000001", regionCode: "350400", insurance: "employee", status: "active", note: "三明 · 职工在职 · 糖尿病门诊慢病（即将到期）", noteEn: "Sanming · employee in service · diabetes approval ending soon" },
  { key: "lin", name: "林秀英", gender: "female", birthDate: "1958-11-02", area: "350403", sequence: "042", phone: "13800000002", regionCode: "350400", insurance: "employee", status: "retired", note: "三明 · 职工退休 · 高血压门诊慢病", noteEn: "Sanming · retired employee · hypertension approval" },
  { key: "huang", name: "黄志强", gender: "male", birthDate: "1985-07-21", area: "441803", sequence: "017", phone: "13800000003", regionCode: "441800", insurance: "resident", status: null, note: "清远 · 城乡居民 · 已选医共体卫生院", noteEn: "Qingyuan · resident · clinic in the county alliance" },
  { key: "liu", name: "刘芳", gender: "female", birthDate: "1992-01-30", area: "441802", sequence: "028", phone: "13800000004", regionCode: "441800", insurance: "resident", status: null, note: "清远 · 城乡居民 · 尚未选定门诊机构", noteEn: "Qingyuan · resident · no clinic chosen yet" },
  { key: "wang", name: "王德明", gender: "male", birthDate: "1955-05-08", area: "420102", sequence: "015", phone: "13800000005", regionCode: "420100", insurance: "employee", status: "retired", note: "武汉 · 职工退休 · 异地安置备案（海南三亚）", noteEn: "Wuhan · retired employee · filed as living in Sanya, Hainan" },
  { key: "zhou-wei", name: "周伟", gender: "male", birthDate: "1984-09-12", area: "321002", sequence: "051", phone: "13800000006", regionCode: "321000", insurance: "employee", status: "active", note: "扬州 · 一家四口的父亲 · 职工在职", noteEn: "Yangzhou · father of a family of four · employee in service" },
  { key: "wu-jing", name: "吴静", gender: "female", birthDate: "1986-04-03", area: "321002", sequence: "062", phone: "13800000007", regionCode: "321000", insurance: "employee", status: "active", note: "扬州 · 一家四口的母亲 · 职工在职", noteEn: "Yangzhou · mother of the family · employee in service" },
  { key: "zhou-yu", name: "周小雨", gender: "female", birthDate: "2017-06-18", area: "321002", sequence: "082", phone: null, regionCode: "321000", insurance: "resident", status: null, note: "扬州 · 9 岁孩子 · 城乡居民（无手机号，由父母管理）", noteEn: "Yangzhou · 9-year-old child · resident (no phone, managed by parents)" },
  { key: "zhou-gh", name: "周国华", gender: "male", birthDate: "1952-12-25", area: "321002", sequence: "013", phone: "13800000008", regionCode: "321000", insurance: "employee", status: "retired", note: "扬州 · 祖父 · 职工退休 · 高血压和糖尿病", noteEn: "Yangzhou · grandfather · retired employee · hypertension and diabetes" },
  { key: "zhao", name: "赵桂兰", gender: "female", birthDate: "1963-08-09", area: "420106", sequence: "024", phone: "13800000009", regionCode: "420100", insurance: "resident", status: null, assistance: "subsistence", note: "武汉 · 城乡居民 · 低保对象（医疗救助）", noteEn: "Wuhan · resident · on subsistence allowance (medical assistance)" },
];

export const seedPeople = list.map((p) => ({
  id: personId(p.key),
  name: p.name,
  nationalId: nationalIdFor(p.area, p.birthDate, p.sequence),
  gender: p.gender,
  birthDate: p.birthDate,
  phone: p.phone,
  voucherId: seedId(`voucher:${p.key}`),
}));

export const seedEnrolments = list.map((p) => ({
  id: seedId(`enrolment:${p.key}`),
  personId: personId(p.key),
  insurance: p.insurance,
  status: p.status,
  regionCode: p.regionCode,
  assistance: p.assistance ?? "none",
  validFrom: "2015-01-01",
  validTo: null,
}));

export const seedUsers = list
  .filter((p): p is SeedPerson & { phone: string } => p.phone !== null)
  .map((p) => ({ id: seedId(`user:${p.key}`), phone: p.phone, personId: personId(p.key) }));

/** Shown on the sign-in page in demo mode. */
export const demoAccounts = list
  .filter((p) => p.phone !== null)
  .map((p) => ({ phone: p.phone!, name: p.name, note: p.note, noteEn: p.noteEn }));

export const seedFamilyRelations = [
  relation("zhou-wei", "wu-jing", "spouse"),
  relation("wu-jing", "zhou-wei", "spouse"),
  relation("zhou-wei", "zhou-yu", "child"),
  relation("zhou-yu", "zhou-wei", "parent"),
  relation("wu-jing", "zhou-yu", "child"),
  relation("zhou-yu", "wu-jing", "parent"),
  relation("zhou-wei", "zhou-gh", "parent"),
  relation("zhou-gh", "zhou-wei", "child"),
  relation("zhou-yu", "zhou-gh", "grandparent"),
  relation("zhou-gh", "zhou-yu", "grandchild"),
];

/** Dates are relative to the seeding day so the "ending soon" alerts stay true in a demo. */
export function seedChronicApprovals(today: Date) {
  return [
    { id: seedId("chronic:chen:diabetes"), personId: personId("chen"), disease: "diabetes", facilityId: facilityId("sm-2nd"), validFrom: addDays(today, -340), validTo: addDays(today, 20) },
    { id: seedId("chronic:lin:hypertension"), personId: personId("lin"), disease: "hypertension", facilityId: facilityId("sm-liedong"), validFrom: addDays(today, -200), validTo: addDays(today, 530) },
    { id: seedId("chronic:zhou-gh:hypertension"), personId: personId("zhou-gh"), disease: "hypertension", facilityId: facilityId("yz-subei"), validFrom: addDays(today, -400), validTo: addDays(today, 330) },
    { id: seedId("chronic:zhou-gh:diabetes"), personId: personId("zhou-gh"), disease: "diabetes", facilityId: facilityId("yz-subei"), validFrom: addDays(today, -100), validTo: addDays(today, 630) },
  ];
}

export function seedFilings(today: Date) {
  return [
    { id: seedId("filing:wang"), personId: personId("wang"), kind: "relocated_retiree" as const, placeCode: "460200", placeName: "海南省三亚市", placeNameEn: "Sanya, Hainan", validFrom: addDays(today, -700), validTo: null },
  ];
}

export function personId(key: string): string {
  return seedId(`person:${key}`);
}

function relation(from: string, to: string, kind: "spouse" | "parent" | "child" | "grandparent" | "grandchild") {
  return { id: seedId(`relation:${from}:${to}`), personId: personId(from), relativeId: personId(to), relation: kind };
}

function addDays(day: Date, days: number): string {
  return new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
