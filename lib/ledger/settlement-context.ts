import { and, eq, gte, isNull, lte, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { findCatalogueItem } from "@/lib/catalogue";
import { ageOn } from "@/lib/dates";
import { enrolmentInForce, fromJson, jsonRow, onlyRow, type Db, type SqlValue } from "@/lib/db";
import { accountBalances, chronicApprovals, crossRegionFilings, enrolments, facilities, regions } from "@/lib/db/schema";
import { settlements } from "@/lib/db/schema";
import {
  type Accumulators, type AccountOwner, type BillLine, type CrossRegion, type FacilityLevel, type Fen, type Person, type SettlementInput, type Visit,
  bucketOf, emptyAccumulators, findBenefit, getPolicy, policyVersionOn,
} from "@/lib/reimbursement";
import { accumulatorsFromJson, accumulatorsJson } from "./accumulators";
import { resolveChosenClinicStatus } from "@/lib/clinic";
// 家庭共济: one rule (the family domain's, over the national dated rule) for grants, the counter and the ledger.
import { mutualAidRefusal, registeredRelation } from "@/lib/family";
import { chronicNotApproved, facilityNotFound, familyAccountRefused, notEnrolled, policyUnavailable, unknownCatalogueItem } from "./errors";
import type { ParsedSettleInput, SettleLine } from "./settle-input";

export interface Enrolment {
  insurance: "employee" | "resident";
  status: "active" | "retired" | null;
  assistance: "none" | "extreme_poverty" | "subsistence" | "near_subsistence";
  regionCode: string;
  regionName: string;
  regionNameEn: string;
  policyId: string;
  /** The region pays general outpatient care only at the chosen clinic (普通门诊选点). */
  requiresChosenClinic: boolean;
}

/** The enrolment in force on `day` (the latest one starting on or before it) as a JSON value, or null: to read within a larger statement. */
export function enrolmentJson(personId: SqlValue<string>, day: SqlValue<string>): SQL {
  return sql`(select ${jsonRow({
    insurance: enrolments.insurance,
    status: enrolments.status,
    assistance: enrolments.assistance,
    regionCode: enrolments.regionCode,
    regionName: regions.name,
    regionNameEn: regions.nameEn,
    policyId: regions.policyId,
    requiresChosenClinic: regions.requiresChosenClinic,
  })} from ${enrolments} inner join ${regions} on ${regions.code} = ${enrolments.regionCode}
    where ${enrolmentInForce(personId, day)} order by ${enrolments.validFrom} desc limit 1)`;
}

/** The enrolment in force on `day` (the latest one starting on or before it). */
export async function enrolmentOn(db: Db, personId: string, day: string): Promise<Enrolment | null> {
  const row = onlyRow<{ enrolment: unknown }>(await db.execute(sql`select ${enrolmentJson(personId, day)} as enrolment`));
  return fromJson<Enrolment | null>(row?.enrolment ?? null);
}

/** A cross-region filing of the person for that place is in force on `day`. */
function filingInForce(personId: SqlValue<string>, placeCode: SqlValue<string>, day: SqlValue<string>): SQL {
  return and(
    eq(crossRegionFilings.personId, personId),
    eq(crossRegionFilings.placeCode, placeCode),
    lte(crossRegionFilings.validFrom, day),
    or(isNull(crossRegionFilings.validTo), gte(crossRegionFilings.validTo, day)),
  )!;
}

/** 异地就医 (see crossRegionOn), from whether a filing for the facility's place is in force. */
function crossRegionOf(homeRegionCode: string, facilityRegionCode: string, filed: boolean, referralOrEmergency: boolean): CrossRegion {
  if (facilityRegionCode === homeRegionCode) return "none";
  if (filed) return "filed";
  return referralOrEmergency ? "unfiled_referral" : "unfiled_other";
}

/**
 * 异地就医: care in the home region is "none"; elsewhere it is "filed" when a filing for that place
 * is in force (the home region's ratios then apply — national guidance on cross-region settlement,
 * 2016), otherwise an unfiled referral / emergency or other care.
 */
export async function crossRegionOn(db: Db, personId: string, homeRegionCode: string, facilityRegionCode: string, day: string, referralOrEmergency: boolean): Promise<CrossRegion> {
  if (facilityRegionCode === homeRegionCode) return "none";
  const [filing] = await db.select({ id: crossRegionFilings.id }).from(crossRegionFilings).where(filingInForce(personId, facilityRegionCode, day)).limit(1);
  return crossRegionOf(homeRegionCode, facilityRegionCode, filing !== undefined, referralOrEmergency);
}

/** 家庭共济 on the day of service: the patient is a close relative of the holder, whose account is an employee's. */
async function requireMutualAidAccount(db: Db, personId: string, accountPersonId: string, day: string): Promise<void> {
  const relation = await registeredRelation(db, accountPersonId, personId);
  const holder = await enrolmentOn(db, accountPersonId, day);
  if (mutualAidRefusal({ relation, holderInsurance: holder?.insurance ?? null }, day) !== null) throw familyAccountRefused();
}

/** A bill line with its class from the catalogue when its code is known there. */
export function billLineOf(line: SettleLine): BillLine {
  const item = line.code !== undefined ? findCatalogueItem(line.code) : undefined;
  if (item) {
    return {
      code: item.code,
      name: line.name ?? item.name,
      itemClass: item.class,
      amount: line.amountFen,
      quantity: line.quantity ?? 1,
      classBShare: item.classBShare,
      priceCeiling: item.priceCeilingFen,
    };
  }
  if (line.itemClass === undefined) throw unknownCatalogueItem(line.code ?? "");
  return {
    code: line.code,
    name: line.name,
    itemClass: line.itemClass,
    amount: line.amountFen,
    quantity: line.quantity ?? 1,
    classBShare: line.classBShareBp,
    priceCeiling: line.priceCeilingFen,
  };
}

/** A bill as both the counter's settle and the patient's estimate describe it (fen). */
export type Bill = Pick<ParsedSettleInput, "personId" | "facilityId" | "visit" | "lines" | "useAccount" | "accountPersonId"> & { serviceDate: string };

/** The year to date a quote may assume instead of the ledger's: single figures, counted in this visit's bucket. */
export interface AssumedYearToDate {
  deductiblePaid?: Fen;
  policyScopeAmount?: Fen;
  fundPaid?: Fen;
  criticalIllnessBurden?: Fen;
  assistancePaid?: Fen;
}

/** What an estimate (a quote) may assume that a settlement reads from the records. */
export interface Assumptions {
  crossRegion?: CrossRegion;
  admissionOfYear?: number;
  yearToDate?: AssumedYearToDate;
  accountBalanceFen?: Fen;
}

/** The engine's input for one bill, with the facts about it that the screens show. */
export interface EngineInput {
  input: SettlementInput;
  /** The year to date the bill is settled against (the ledger's, or what a quote assumed). */
  accumulators: Accumulators;
  /** Whose account is offered, and as whose: null when the account is not used. */
  account: { personId: string; owner: AccountOwner } | null;
  facility: { name: string; nameEn: string; level: number; regionCode: string };
}

/** Single assumed figures as the engine's accumulators: each counted in this visit's bucket (or kind). */
function assumedAccumulators(given: AssumedYearToDate, bucket: string, kind: Visit["kind"]): Accumulators {
  const inBucket = (fen: Fen | undefined) => (fen ? { [bucket]: fen } : {});
  return {
    ...emptyAccumulators(),
    deductiblePaid: inBucket(given.deductiblePaid),
    policyScopeAmount: inBucket(given.policyScopeAmount),
    fundPaid: inBucket(given.fundPaid),
    criticalIllnessBurden: given.criticalIllnessBurden ?? 0,
    assistancePaid: given.assistancePaid ? { [kind]: given.assistancePaid } : {},
  };
}

interface EngineFacts {
  enrolment: Enrolment | null;
  facility: EngineInput["facility"] | null;
  /** A cross-region filing for the facility's place is in force. */
  filed: boolean;
  /** The chronic disease asked for is approved that day; null when none is asked. */
  chronicApproved: boolean | null;
  /** Inpatient bills settled (not reversed) this year; null when not needed. */
  admissionsSettled: number | null;
  /** accumulatorsJson's value; null when the caller assumes a year to date. */
  accumulators: unknown;
  /** The paying account's running balance; null when not needed (or no row yet: zero). */
  balanceFen: number | null;
}

/** Which of the optional facts a bill needs read (what the caller assumes is not read). */
export interface EngineNeeds {
  accountPersonId: string | null;
  accumulators: boolean;
  admissions: boolean;
  disease: string | null;
}

export function engineNeeds(bill: Bill, assume: Assumptions): EngineNeeds {
  const { visit } = bill;
  const accountPersonId = bill.useAccount ? (bill.accountPersonId ?? bill.personId) : null;
  return {
    accountPersonId: accountPersonId !== null && assume.accountBalanceFen === undefined ? accountPersonId : null,
    accumulators: assume.yearToDate === undefined,
    admissions: visit.kind === "inpatient" && assume.admissionOfYear === undefined,
    disease: visit.kind === "chronic_outpatient" && visit.disease !== undefined ? visit.disease : null,
  };
}

/**
 * Everything the engine's input reads from the database, as one JSON value to read in one
 * statement: the enrolment in force with its region, the facility, whether a cross-region filing
 * covers the facility's place, the chronic-disease approval asked for, the admissions so far, the
 * year's accumulators and the account's balance (those last three only when the bill needs them
 * and nothing is assumed). Settling reads it in the same statement as its idempotency look-up.
 */
export function engineFactsJson(bill: Bill, assume: Assumptions = {}): SQL {
  const needs = engineNeeds(bill, assume);
  return engineFactsOf(engineFactsShape(needs), engineFactsValues(bill, needs));
}

/** Which optional facts engineFactsOf reads: a statement's shape, the same for every bill that needs the same. */
export interface EngineFactsShape {
  account: boolean;
  accumulators: boolean;
  admissions: boolean;
  disease: boolean;
}

/** The values engineFactsOf reads with (or a prepared statement's placeholders for them). */
export interface EngineFactsValues<V = never> {
  personId: string | V;
  facilityId: string | V;
  day: string | V;
  year: number | V;
  accountPersonId: string | null | V;
  disease: string | null | V;
}

export function engineFactsShape(needs: EngineNeeds): EngineFactsShape {
  return { account: needs.accountPersonId !== null, accumulators: needs.accumulators, admissions: needs.admissions, disease: needs.disease !== null };
}

export function engineFactsValues(bill: Bill, needs: EngineNeeds): EngineFactsValues {
  return { personId: bill.personId, facilityId: bill.facilityId, day: bill.serviceDate, year: Number(bill.serviceDate.slice(0, 4)), accountPersonId: needs.accountPersonId, disease: needs.disease };
}

/** engineFactsJson's statement for a shape, from values or placeholders. */
export function engineFactsOf(shape: EngineFactsShape, v: EngineFactsValues<SQLWrapper>): SQL {
  const personId = sql`${v.personId}::uuid`;
  const facilityId = sql`${v.facilityId}::uuid`;
  const day = sql`${v.day}::date`;
  const year = sql`${v.year}::int`;
  const facilityRegion = sql`(select ${facilities.regionCode} from ${facilities} where ${eq(facilities.id, facilityId)})`;
  return sql`json_build_object(
      'enrolment', ${enrolmentJson(personId, day)},
      'facility', (select ${jsonRow({ name: facilities.name, nameEn: facilities.nameEn, level: facilities.level, regionCode: facilities.regionCode })} from ${facilities} where ${eq(facilities.id, facilityId)}),
      'filed', exists (select 1 from ${crossRegionFilings} where ${filingInForce(personId, facilityRegion, day)}),
      'chronicApproved', ${
        shape.disease
          ? sql`exists (select 1 from ${chronicApprovals} where ${and(eq(chronicApprovals.personId, personId), eq(chronicApprovals.disease, sql`${v.disease}::text`), lte(chronicApprovals.validFrom, day), gte(chronicApprovals.validTo, day))})`
          : sql`null`
      },
      'admissionsSettled', ${
        shape.admissions
          ? sql`(select count(*)::int from ${settlements} where ${and(eq(settlements.personId, personId), eq(settlements.year, year), eq(settlements.visitKind, "inpatient"), eq(settlements.status, "settled"))})`
          : sql`null`
      },
      'accumulators', ${shape.accumulators ? accumulatorsJson(personId, year) : sql`null`},
      'balanceFen', ${shape.account ? sql`(select ${accountBalances.balanceFen} from ${accountBalances} where ${eq(accountBalances.accountPersonId, sql`${v.accountPersonId}::uuid`)})` : sql`null`}
    )`;
}

/**
 * The one loader of the engine's input, for the counter's settle (inside its transaction, after
 * the ledger lock, so counts such as admissions are current) and for the patient's estimate (a
 * quote: the same reading without the write, with what the person asked to assume). Everything
 * the engine needs about this person, place and day: policy, person, visit, bill lines, year to
 * date and personal account — read in one statement (engineFactsJson), plus the chosen clinic
 * where the region pays only there and the family rule when a relative's account pays.
 */
export async function loadEngineInput(db: Db, bill: Bill, options: { birthDate: string; assume?: Assumptions }): Promise<EngineInput> {
  const row = onlyRow<{ facts: unknown }>(await db.execute(sql`select ${engineFactsJson(bill, options.assume)} as facts`));
  return engineInputOf(db, bill, row!.facts, options);
}

/** The engine's input from what engineFactsJson read (plus the chosen clinic and the family rule when the bill needs them). */
export async function engineInputOf(db: Db, bill: Bill, factsJson: unknown, options: { birthDate: string; assume?: Assumptions }): Promise<EngineInput> {
  const facts = fromJson<EngineFacts>(factsJson);
  const day = bill.serviceDate;
  const assume = options.assume ?? {};
  const { visit: asked } = bill;
  const accountPersonId = bill.useAccount ? (bill.accountPersonId ?? bill.personId) : null;
  const { enrolment, facility } = facts;
  if (!enrolment) throw notEnrolled();
  const policy = getPolicy(enrolment.policyId);
  if (!policy) throw policyUnavailable();
  if (!facility) throw facilityNotFound();
  if (facts.chronicApproved === false) throw chronicNotApproved();

  const crossRegion = assume.crossRegion ?? crossRegionOf(enrolment.regionCode, facility.regionCode, facts.filed, asked.unfiledReferralOrEmergency === true);
  const visit: Visit = { kind: asked.kind, facilityLevel: Math.min(3, Math.max(0, facility.level)) as FacilityLevel, crossRegion };
  // Only where the region pays general outpatient care at the chosen clinic alone does the place matter.
  if (enrolment.requiresChosenClinic) {
    const chosenClinic = await resolveChosenClinicStatus(db, bill.personId, bill.facilityId, day);
    visit.chosenClinic = chosenClinic === "other" && asked.referredByChosenClinic === true ? "referred" : chosenClinic;
  }
  if (asked.disease !== undefined && asked.kind === "chronic_outpatient") visit.disease = asked.disease;
  if (asked.kind === "inpatient") visit.admissionOfYear = assume.admissionOfYear ?? (facts.admissionsSettled ?? 0) + 1;
  if (asked.referralFrom) visit.referralFrom = { facilityLevel: asked.referralFrom.facilityLevel, deductiblePaid: asked.referralFrom.deductiblePaidFen };

  const person: Person = {
    insurance: enrolment.insurance,
    status: enrolment.insurance === "employee" ? (enrolment.status ?? undefined) : undefined,
    age: ageOn(options.birthDate, day),
    assistance: enrolment.assistance,
  };
  let account: EngineInput["account"] = null;
  if (accountPersonId !== null) {
    if (accountPersonId !== bill.personId) await requireMutualAidAccount(db, bill.personId, accountPersonId, day);
    account = { personId: accountPersonId, owner: accountPersonId === bill.personId ? "self" : "family" };
  }
  let accumulators: Accumulators;
  if (assume.yearToDate) {
    const version = policyVersionOn(policy, day);
    const candidate = version ? findBenefit(version, person, visit) : undefined;
    accumulators = assumedAccumulators(assume.yearToDate, candidate ? bucketOf(candidate, visit) : visit.kind, visit.kind);
  } else accumulators = accumulatorsFromJson(facts.accumulators);
  const balance = account ? (assume.accountBalanceFen ?? facts.balanceFen ?? 0) : 0;
  return {
    input: {
      policy,
      serviceDate: day,
      person,
      visit,
      lines: bill.lines.map(billLineOf),
      accumulators,
      account: account ? { balance, use: true, owner: account.owner } : undefined,
    },
    accumulators,
    account,
    facility,
  };
}
