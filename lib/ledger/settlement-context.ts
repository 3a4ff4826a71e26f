import { and, count, desc, eq, gte, inArray, isNull, lte, or } from "drizzle-orm";
import { findCatalogueItem } from "@/lib/catalogue";
import { ageOn } from "@/lib/dates";
import { enrolmentInForce } from "@/lib/db";
import type { Db } from "@/lib/db";
import { chronicApprovals, crossRegionFilings, enrolments, facilities, familyRelations, regions } from "@/lib/db/schema";
import { settlements } from "@/lib/db/schema";
import { type AccountOwner, type BillLine, type CrossRegion, type FacilityLevel, type Person, type Policy, type Visit, getPolicy } from "@/lib/reimbursement";
import { resolveChosenClinicStatus } from "@/lib/clinic";
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

// 家庭共济: an employee's personal account may pay for a spouse, parents and children
// (国务院办公厅 国办发〔2021〕14号, 职工基本医疗保险门诊共济保障机制).
const MUTUAL_AID_RELATIONS = ["spouse", "parent", "child"] as const;

async function requireMutualAidAccount(db: Db, personId: string, accountPersonId: string, day: string): Promise<void> {
  const [relation] = await db
    .select({ id: familyRelations.id })
    .from(familyRelations)
    .where(and(eq(familyRelations.personId, personId), eq(familyRelations.relativeId, accountPersonId), inArray(familyRelations.relation, [...MUTUAL_AID_RELATIONS])))
    .limit(1);
  const holder = await enrolmentOn(db, accountPersonId, day);
  if (!relation || holder?.insurance !== "employee") throw familyAccountRefused();
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

export interface SettlementContext {
  policy: Policy;
  person: Person;
  visit: Visit;
  lines: BillLine[];
  /** Whose account is offered, and as whose: null when the account is not used. */
  account: { personId: string; owner: AccountOwner } | null;
}

/**
 * Everything the engine needs about this person, place and day, loaded inside the settlement's
 * transaction (after the ledger lock, so counts such as admissions are current).
 */
export async function loadSettlementContext(tx: Db, input: ParsedSettleInput, year: number, birthDate: string): Promise<SettlementContext> {
  const day = input.serviceDate;
  const enrolment = await enrolmentOn(tx, input.personId, day);
  if (!enrolment) throw notEnrolled();
  const policy = getPolicy(enrolment.policyId);
  if (!policy) throw policyUnavailable();
  const [facility] = await tx.select({ level: facilities.level, regionCode: facilities.regionCode }).from(facilities).where(eq(facilities.id, input.facilityId));
  if (!facility) throw facilityNotFound();

  const { visit: asked } = input;
  if (asked.kind === "chronic_outpatient" && asked.disease !== undefined) await requireChronicApproval(tx, input.personId, asked.disease, day);
  const crossRegion = await crossRegionOn(tx, input.personId, enrolment.regionCode, facility.regionCode, day, asked.unfiledReferralOrEmergency === true);
  const visit: Visit = { kind: asked.kind, facilityLevel: Math.min(3, Math.max(0, facility.level)) as FacilityLevel, crossRegion };
  // Only where the region pays general outpatient care at the chosen clinic alone does the place matter.
  if (enrolment.requiresChosenClinic) {
    const chosenClinic = await resolveChosenClinicStatus(tx, input.personId, input.facilityId, day);
    visit.chosenClinic = chosenClinic === "other" && asked.referredByChosenClinic === true ? "referred" : chosenClinic;
  }
  if (asked.disease !== undefined && asked.kind === "chronic_outpatient") visit.disease = asked.disease;
  if (asked.kind === "inpatient") visit.admissionOfYear = (await admissionsSettled(tx, input.personId, year)) + 1;
  if (asked.referralFrom) visit.referralFrom = { facilityLevel: asked.referralFrom.facilityLevel, deductiblePaid: asked.referralFrom.deductiblePaidFen };

  let account: SettlementContext["account"] = null;
  if (input.useAccount) {
    const accountPersonId = input.accountPersonId ?? input.personId;
    if (accountPersonId !== input.personId) await requireMutualAidAccount(tx, input.personId, accountPersonId, day);
    account = { personId: accountPersonId, owner: accountPersonId === input.personId ? "self" : "family" };
  }
  return {
    policy,
    person: {
      insurance: enrolment.insurance,
      status: enrolment.insurance === "employee" ? (enrolment.status ?? undefined) : undefined,
      age: ageOn(birthDate, day),
      assistance: enrolment.assistance,
    },
    visit,
    lines: input.lines.map(billLineOf),
    account,
  };
}
