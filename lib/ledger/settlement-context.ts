import { and, count, desc, eq, gte, isNull, lte, or } from "drizzle-orm";
import { findCatalogueItem } from "@/lib/catalogue";
import { ageOn } from "@/lib/dates";
import { enrolmentInForce } from "@/lib/db";
import type { Db } from "@/lib/db";
import { chronicApprovals, crossRegionFilings, enrolments, facilities, regions } from "@/lib/db/schema";
import { settlements } from "@/lib/db/schema";
import {
  type Accumulators, type AccountOwner, type BillLine, type CrossRegion, type FacilityLevel, type Fen, type Person, type SettlementInput, type Visit,
  bucketOf, emptyAccumulators, findBenefit, getPolicy, policyVersionOn,
} from "@/lib/reimbursement";
import { accountBalance } from "./account";
import { loadAccumulators } from "./accumulators";
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
  policyId: string;
  /** The region pays general outpatient care only at the chosen clinic (普通门诊选点). */
  requiresChosenClinic: boolean;
}

/** The enrolment in force on `day` (the latest one starting on or before it). */
export async function enrolmentOn(db: Db, personId: string, day: string): Promise<Enrolment | null> {
  const [row] = await db
    .select({ insurance: enrolments.insurance, status: enrolments.status, assistance: enrolments.assistance, regionCode: enrolments.regionCode, policyId: regions.policyId, requiresChosenClinic: regions.requiresChosenClinic })
    .from(enrolments)
    .innerJoin(regions, eq(regions.code, enrolments.regionCode))
    .where(enrolmentInForce(personId, day))
    .orderBy(desc(enrolments.validFrom))
    .limit(1);
  return row ?? null;
}


/**
 * 异地就医: care in the home region is "none"; elsewhere it is "filed" when a filing for that place
 * is in force (the home region's ratios then apply — national guidance on cross-region settlement,
 * 2016), otherwise an unfiled referral / emergency or other care.
 */
export async function crossRegionOn(db: Db, personId: string, homeRegionCode: string, facilityRegionCode: string, day: string, referralOrEmergency: boolean): Promise<CrossRegion> {
  if (facilityRegionCode === homeRegionCode) return "none";
  const [filing] = await db
    .select({ id: crossRegionFilings.id })
    .from(crossRegionFilings)
    .where(
      and(
        eq(crossRegionFilings.personId, personId),
        eq(crossRegionFilings.placeCode, facilityRegionCode),
        lte(crossRegionFilings.validFrom, day),
        or(isNull(crossRegionFilings.validTo), gte(crossRegionFilings.validTo, day)),
      ),
    )
    .limit(1);
  if (filing) return "filed";
  return referralOrEmergency ? "unfiled_referral" : "unfiled_other";
}

async function requireChronicApproval(db: Db, personId: string, disease: string, day: string): Promise<void> {
  const [approval] = await db
    .select({ id: chronicApprovals.id })
    .from(chronicApprovals)
    .where(and(eq(chronicApprovals.personId, personId), eq(chronicApprovals.disease, disease), lte(chronicApprovals.validFrom, day), gte(chronicApprovals.validTo, day)))
    .limit(1);
  if (!approval) throw chronicNotApproved();
}

/** Admissions already settled this year (not reversed): the next one is number n + 1. */
async function admissionsSettled(db: Db, personId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(settlements)
    .where(and(eq(settlements.personId, personId), eq(settlements.year, year), eq(settlements.visitKind, "inpatient"), eq(settlements.status, "settled")));
  return Number(row?.n ?? 0);
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

/**
 * The one loader of the engine's input, for the counter's settle (inside its transaction, after
 * the ledger lock, so counts such as admissions are current) and for the patient's estimate (a
 * quote: the same reading without the write, with what the person asked to assume). Everything
 * the engine needs about this person, place and day: policy, person, visit, bill lines, year to
 * date and personal account.
 */
export async function loadEngineInput(db: Db, bill: Bill, options: { birthDate: string; assume?: Assumptions }): Promise<EngineInput> {
  const day = bill.serviceDate;
  const year = Number(day.slice(0, 4));
  const assume = options.assume ?? {};
  const enrolment = await enrolmentOn(db, bill.personId, day);
  if (!enrolment) throw notEnrolled();
  const policy = getPolicy(enrolment.policyId);
  if (!policy) throw policyUnavailable();
  const [facility] = await db
    .select({ name: facilities.name, nameEn: facilities.nameEn, level: facilities.level, regionCode: facilities.regionCode })
    .from(facilities)
    .where(eq(facilities.id, bill.facilityId));
  if (!facility) throw facilityNotFound();

  const { visit: asked } = bill;
  if (asked.kind === "chronic_outpatient" && asked.disease !== undefined) await requireChronicApproval(db, bill.personId, asked.disease, day);
  const crossRegion = assume.crossRegion ?? (await crossRegionOn(db, bill.personId, enrolment.regionCode, facility.regionCode, day, asked.unfiledReferralOrEmergency === true));
  const visit: Visit = { kind: asked.kind, facilityLevel: Math.min(3, Math.max(0, facility.level)) as FacilityLevel, crossRegion };
  // Only where the region pays general outpatient care at the chosen clinic alone does the place matter.
  if (enrolment.requiresChosenClinic) {
    const chosenClinic = await resolveChosenClinicStatus(db, bill.personId, bill.facilityId, day);
    visit.chosenClinic = chosenClinic === "other" && asked.referredByChosenClinic === true ? "referred" : chosenClinic;
  }
  if (asked.disease !== undefined && asked.kind === "chronic_outpatient") visit.disease = asked.disease;
  if (asked.kind === "inpatient") visit.admissionOfYear = assume.admissionOfYear ?? (await admissionsSettled(db, bill.personId, year)) + 1;
  if (asked.referralFrom) visit.referralFrom = { facilityLevel: asked.referralFrom.facilityLevel, deductiblePaid: asked.referralFrom.deductiblePaidFen };

  const person: Person = {
    insurance: enrolment.insurance,
    status: enrolment.insurance === "employee" ? (enrolment.status ?? undefined) : undefined,
    age: ageOn(options.birthDate, day),
    assistance: enrolment.assistance,
  };
  let account: EngineInput["account"] = null;
  if (bill.useAccount) {
    const accountPersonId = bill.accountPersonId ?? bill.personId;
    if (accountPersonId !== bill.personId) await requireMutualAidAccount(db, bill.personId, accountPersonId, day);
    account = { personId: accountPersonId, owner: accountPersonId === bill.personId ? "self" : "family" };
  }
  let accumulators: Accumulators;
  if (assume.yearToDate) {
    const version = policyVersionOn(policy, day);
    const candidate = version ? findBenefit(version, person, visit) : undefined;
    accumulators = assumedAccumulators(assume.yearToDate, candidate ? bucketOf(candidate, visit) : visit.kind, visit.kind);
  } else accumulators = await loadAccumulators(db, bill.personId, year);
  const balance = account ? (assume.accountBalanceFen ?? (await accountBalance(db, account.personId))) : 0;
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
