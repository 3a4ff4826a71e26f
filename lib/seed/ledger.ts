import { and, desc, eq, isNull } from "drizzle-orm";
import { chinaDay } from "@/lib/dates";
import { appendAccountEntries, findSettlementIdByKey, reverse, settle, type SettleInput } from "@/lib/ledger";
import type { Db } from "@/lib/db";
import { chronicApprovals, clinicChoices } from "@/lib/db/schema";
import { facilityId } from "./facilities";
import { personId } from "./people";
import { seedId } from "./seed-id";

/**
 * Personal-account money of the demo employees this year (yuan): the balance carried over and
 * this year's allocation (划入). Demo figures.
 */
const accounts: Array<{ person: string; openingFen: number; contributionFen: number }> = [
  { person: "chen", openingFen: 186_000, contributionFen: 132_000 },
  { person: "lin", openingFen: 254_000, contributionFen: 126_000 },
  { person: "wang", openingFen: 140_000, contributionFen: 120_000 },
  { person: "zhou-wei", openingFen: 60_000, contributionFen: 60_000 },
  { person: "wu-jing", openingFen: 92_000, contributionFen: 88_000 },
  { person: "zhou-gh", openingFen: 210_000, contributionFen: 140_000 },
];

type Line = { code: string; name: string; itemClass: "A" | "B" | "C"; amountFen: number; quantity?: number };

interface SeedBill {
  /** Stable within the year: the settlement's idempotency key is made from it. */
  id: string;
  person: string;
  facility: string;
  /** Month and day this year; bills after today are left for a later run. */
  on: string;
  visit: SettleInput["visit"];
  lines: Line[];
  useAccount: boolean;
  accountOf?: string;
  /** Reversed 15 minutes later (a counter's mistake), to show a reversal. */
  reversedBecause?: string;
  /** Time of day in China, 10:30 unless given. */
  at?: string;
  /** Not before the person's current choice of this clinic (regions paying only at the chosen clinic). */
  afterClinicChoice?: boolean;
}

const consult: Line = { code: "001102000010000", name: "普通门诊诊查费", itemClass: "A", amountFen: 1_000 };
const primaryCare: Line = { code: "001102000070000", name: "基层医疗机构一般诊疗费", itemClass: "A", amountFen: 1_000 };

/** A few bills this year, made through settle itself so the ledger stays consistent. */
const bills: SeedBill[] = [
  { id: "chen-01-12", person: "chen", facility: "sm-1st", on: "01-12", visit: { kind: "general_outpatient" }, useAccount: true, lines: [{ code: "001102000030000", name: "主任医师诊查费", itemClass: "A", amountFen: 4_000 }, { code: "XJ01CRA104A001010100000", name: "阿莫西林克拉维酸钾片", itemClass: "A", amountFen: 3_720, quantity: 2 }, { code: "", name: "胸部 CT 平扫", itemClass: "A", amountFen: 46_000 }, { code: "001105000010000", name: "健康体检基础套餐", itemClass: "C", amountFen: 68_000 }] },
  { id: "chen-03-03", person: "chen", facility: "sm-2nd", on: "03-03", visit: { kind: "chronic_outpatient", disease: "diabetes" }, useAccount: true, lines: [consult, { code: "XA10BAE015A002010200000", name: "二甲双胍缓释片", itemClass: "B", amountFen: 11_100, quantity: 6 }, { code: "XA10AEG032E001010100000", name: "甘精胰岛素注射液", itemClass: "B", amountFen: 31_920, quantity: 4 }] },
  { id: "chen-04-18-mistake", person: "chen", facility: "sm-yida", on: "04-18", visit: { kind: "pharmacy" }, useAccount: true, lines: [{ code: "XM01AEB143B002010100000", name: "布洛芬缓释胶囊", itemClass: "B", amountFen: 1_650 }], reversedBecause: "收银员录错药品数量，已冲正重新结算" },
  { id: "chen-04-18-corrected", person: "chen", facility: "sm-yida", on: "04-18", visit: { kind: "pharmacy" }, useAccount: true, at: "10:50", lines: [{ code: "XM01AEB143B002010100000", name: "布洛芬缓释胶囊", itemClass: "B", amountFen: 3_300, quantity: 2 }] },
  { id: "chen-09-16", person: "chen", facility: "sm-liedong", on: "09-16", visit: { kind: "general_outpatient" }, useAccount: true, lines: [primaryCare, { code: "", name: "康复理疗（10 次）", itemClass: "A", amountFen: 42_000 }, { code: "ZA01BAL001C001010200000", name: "连花清瘟颗粒", itemClass: "A", amountFen: 4_760, quantity: 2 }] },
  { id: "lin-02-09", person: "lin", facility: "sm-liedong", on: "02-09", visit: { kind: "chronic_outpatient", disease: "hypertension" }, useAccount: true, lines: [primaryCare, { code: "XC08CAX055A002010100000", name: "硝苯地平缓释片", itemClass: "A", amountFen: 7_680, quantity: 6 }] },
  { id: "lin-05-22", person: "lin", facility: "sm-liedong", on: "05-22", visit: { kind: "general_outpatient" }, useAccount: true, lines: [primaryCare, { code: "ZA01BAL001B001010100000", name: "连花清瘟胶囊", itemClass: "A", amountFen: 2_900, quantity: 2 }] },
  { id: "huang-02-14", person: "huang", facility: "qy-taihe", on: "02-14", afterClinicChoice: true, visit: { kind: "general_outpatient" }, useAccount: false, lines: [primaryCare, { code: "XJ01CAA103B001010100000", name: "阿莫西林胶囊", itemClass: "A", amountFen: 1_560, quantity: 2 }] },
  { id: "huang-06-05", person: "huang", facility: "qy-shantang", on: "06-05", afterClinicChoice: true, visit: { kind: "general_outpatient" }, useAccount: false, lines: [primaryCare, { code: "ZA01AAG003C001010100000", name: "感冒清热颗粒", itemClass: "A", amountFen: 1_380 }] },
  { id: "wang-01-20", person: "wang", facility: "wh-zhongnan", on: "01-20", visit: { kind: "general_outpatient" }, useAccount: true, lines: [primaryCare, { code: "XC08CAB054A001010100000", name: "苯磺酸氨氯地平片", itemClass: "A", amountFen: 2_670, quantity: 3 }] },
  { id: "zhou-gh-03-10", person: "zhou-gh", facility: "yz-subei", on: "03-10", visit: { kind: "chronic_outpatient", disease: "hypertension" }, useAccount: true, lines: [consult, { code: "XC08CAX055A002010200000", name: "硝苯地平控释片", itemClass: "B", amountFen: 20_100, quantity: 6 }] },
  { id: "zhou-gh-05-06", person: "zhou-gh", facility: "yz-subei", on: "05-06", visit: { kind: "chronic_outpatient", disease: "diabetes" }, useAccount: true, lines: [consult, { code: "XA10ABC030E001010100000", name: "重组人胰岛素注射液", itemClass: "A", amountFen: 19_920, quantity: 4 }] },
  { id: "zhou-yu-04-02", person: "zhou-yu", facility: "yz-wenhe", on: "04-02", visit: { kind: "general_outpatient" }, useAccount: true, accountOf: "zhou-wei", lines: [primaryCare, { code: "ZA01BAS005D001010100000", name: "双黄连口服液", itemClass: "A", amountFen: 3_960, quantity: 2 }] },
  { id: "zhao-03-28", person: "zhao", facility: "wh-wuchang", on: "03-28", visit: { kind: "inpatient" }, useAccount: false, lines: [{ code: "001102000080000", name: "住院诊查费", itemClass: "A", amountFen: 16_000, quantity: 8 }, { code: "C0201030003000100000", name: "静脉留置针", itemClass: "B", amountFen: 3_600, quantity: 2 }, { code: "", name: "住院药品及检查（合计）", itemClass: "A", amountFen: 1_860_000 }, { code: "", name: "自费药品", itemClass: "C", amountFen: 42_000 }] },
];

/** An instant on a day in China time (bills are dated during opening hours). */
function chinaTime(day: string, time = "10:30"): Date {
  return new Date(`${day}T${time}:00+08:00`);
}

/**
 * The day a bill is dated: its day of the year, moved after the start of the approval or clinic
 * choice it needs (read from the database, so every run finds the same day); null when the
 * approval has ended by then.
 */
async function billDay(db: Db, bill: SeedBill, patient: string, planned: string): Promise<string | null> {
  if (bill.visit.kind === "chronic_outpatient" && bill.visit.disease) {
    const [approval] = await db
      .select({ validFrom: chronicApprovals.validFrom, validTo: chronicApprovals.validTo })
      .from(chronicApprovals)
      .where(and(eq(chronicApprovals.personId, patient), eq(chronicApprovals.disease, bill.visit.disease)))
      .orderBy(desc(chronicApprovals.validFrom))
      .limit(1);
    if (!approval) return null;
    const dated = planned < approval.validFrom ? approval.validFrom : planned;
    return dated > approval.validTo ? null : dated;
  }
  if (bill.afterClinicChoice) {
    const [choice] = await db
      .select({ validFrom: clinicChoices.validFrom })
      .from(clinicChoices)
      .where(and(eq(clinicChoices.personId, patient), isNull(clinicChoices.validTo)))
      .limit(1);
    if (!choice) return null;
    const chosenOn = chinaDay(choice.validFrom);
    return planned < chosenOn ? chosenOn : planned;
  }
  return planned;
}

/**
 * Opening balances for the demo employees and a few settlements this year (the ones whose day
 * has come), so the entitlements screens are not empty. Idempotent: account entries have stable
 * ids, and a settlement whose key exists from an earlier run is left alone (with its reversal).
 */
export async function seedLedger(db: Db, today: Date): Promise<void> {
  const day = chinaDay(today);
  const year = day.slice(0, 4);
  const newYear = new Date(`${year}-01-01T00:00:00+08:00`);
  for (const account of accounts) {
    const holder = personId(account.person);
    await appendAccountEntries(
      db,
      [
        { id: seedId(`account:${account.person}:${year}:opening`), accountPersonId: holder, beneficiaryPersonId: null, kind: "opening", amountFen: account.openingFen, settlementId: null, createdAt: newYear },
        { id: seedId(`account:${account.person}:${year}:contribution`), accountPersonId: holder, beneficiaryPersonId: null, kind: "contribution", amountFen: account.contributionFen, settlementId: null, createdAt: newYear },
      ],
      { skipExisting: true },
    );
  }

  for (const bill of bills) {
    const idempotencyKey = `seed:${year}:${bill.id}`;
    // Made on an earlier run: leave it as it is, even if the data it was dated by has changed since.
    if (await findSettlementIdByKey(db, null, idempotencyKey)) continue;
    const patient = personId(bill.person);
    const facility = facilityId(bill.facility);
    const serviceDate = await billDay(db, bill, patient, `${year}-${bill.on}`);
    if (serviceDate === null || serviceDate > day) continue;
    const { settlement } = await settle(db, {
      personId: patient,
      facilityId: facility,
      visit: bill.visit,
      lines: bill.lines.map(({ code, ...line }) => (code ? { code, ...line } : line)),
      idempotencyKey,
      useAccount: bill.useAccount,
      accountPersonId: bill.accountOf ? personId(bill.accountOf) : undefined,
      serviceDate,
      now: chinaTime(serviceDate, bill.at),
    });
    if (bill.reversedBecause) {
      await reverse(db, settlement.id, { reason: bill.reversedBecause, now: new Date(chinaTime(serviceDate, bill.at).getTime() + 15 * 60_000) });
    }
  }
}
