import "server-only";
import { and, asc, count, desc, eq, gt, gte, ilike, isNull, lt, or, type SQL } from "drizzle-orm";
import { enrolmentInForce } from "@/lib/db";
import type { Db } from "@/lib/db";
import { alliances, clinicChoices, enrolments, facilities, regions, type ClinicChoiceSource } from "@/lib/db/schema";
import { addDaysToDay, chinaDay } from "@/lib/dates";
import { chosenClinicStatusOf, nextChangeAllowedDay } from "./rules";
import { CLINIC_PAGE_SIZE, type ClinicSearch } from "./schemas";

/** A facility as the clinic screens show it. */
export interface ClinicFacility {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  kind: "clinic" | "pharmacy" | "hospital";
  level: number;
  district: string;
  districtEn: string;
  address: string;
  hours: string;
  /** English renderings, where recorded; the Chinese is shown otherwise. */
  addressEn: string | null;
  hoursEn: string | null;
  alliance: { id: string; name: string; nameEn: string } | null;
}

/** The rules of the person's pooling region about chosen clinics. */
export interface ClinicRegion {
  code: string;
  name: string;
  nameEn: string;
  policyId: string;
  requiresChosenClinic: boolean;
  allianceAsOneUnit: boolean;
  changeIntervalDays: number | null;
  /** The interval is a demo value, not from the cited source. */
  changeIntervalUnverified: boolean;
  ruleSource: string | null;
}

export interface ClinicChoiceRecord {
  id: string;
  facilityId: string;
  facilityName: string;
  facilityNameEn: string;
  validFrom: string;
  validTo: string | null;
  source: ClinicChoiceSource;
}

/** Everything the clinic screen and GET /api/v1/me/clinic show about the person's choice. */
export interface ClinicOverview {
  /** When these figures were read (ISO instant). */
  asOf: string;
  today: string;
  region: ClinicRegion | null;
  current: null | {
    choiceId: string;
    since: string;
    source: ClinicChoiceSource;
    facility: ClinicFacility;
    /** The other members of its alliance, listed only where the region treats the alliance as one unit. */
    allianceMembers: ClinicFacility[];
  };
  change: { allowedNow: boolean; nextAllowedDay: string | null };
  history: ClinicChoiceRecord[];
}

const facilityColumns = {
  id: facilities.id,
  code: facilities.code,
  name: facilities.name,
  nameEn: facilities.nameEn,
  kind: facilities.kind,
  level: facilities.level,
  district: facilities.district,
  districtEn: facilities.districtEn,
  address: facilities.address,
  hours: facilities.hours,
  addressEn: facilities.addressEn,
  hoursEn: facilities.hoursEn,
  allianceId: alliances.id,
  allianceName: alliances.name,
  allianceNameEn: alliances.nameEn,
};

function selectFacilities(db: Db) {
  return db.select(facilityColumns).from(facilities).leftJoin(alliances, eq(alliances.id, facilities.allianceId));
}

type FacilityRow = Awaited<ReturnType<typeof selectFacilities>>[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toClinicFacility(row: FacilityRow): ClinicFacility {
  const { allianceId, allianceName, allianceNameEn, ...rest } = row;
  return {
    ...rest,
    alliance: allianceId && allianceName && allianceNameEn ? { id: allianceId, name: allianceName, nameEn: allianceNameEn } : null,
  };
}

/** The start of China day `day` (00:00 UTC+8) as an instant. */
function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The person's pooling region from the enrolment in force on `day`, or null. */
export async function findPersonRegion(db: Db, personId: string, day: string): Promise<ClinicRegion | null> {
  const [row] = await db
    .select({
      code: regions.code,
      name: regions.name,
      nameEn: regions.nameEn,
      policyId: regions.policyId,
      requiresChosenClinic: regions.requiresChosenClinic,
      allianceAsOneUnit: regions.allianceAsOneUnit,
      changeIntervalDays: regions.clinicChangeIntervalDays,
      changeIntervalUnverified: regions.clinicChangeIntervalUnverified,
      ruleSource: regions.clinicRuleSource,
    })
    .from(enrolments)
    .innerJoin(regions, eq(regions.code, enrolments.regionCode))
    .where(enrolmentInForce(personId, day))
    .orderBy(desc(enrolments.validFrom))
    .limit(1);
  return row ?? null;
}

/** The person's current choice (valid_to is null), with its facility. */
export async function findCurrentChoice(db: Db, personId: string) {
  const [row] = await db
    .select({ choiceId: clinicChoices.id, since: clinicChoices.validFrom, source: clinicChoices.source, facilityId: clinicChoices.facilityId })
    .from(clinicChoices)
    .where(and(eq(clinicChoices.personId, personId), isNull(clinicChoices.validTo)));
  return row ?? null;
}

export async function findFacility(db: Db, facilityId: string): Promise<(ClinicFacility & { regionCode: string; choosable: boolean }) | null> {
  if (!UUID.test(facilityId)) return null;
  const [row] = await db
    .select({ ...facilityColumns, regionCode: facilities.regionCode, choosable: facilities.choosable })
    .from(facilities)
    .leftJoin(alliances, eq(alliances.id, facilities.allianceId))
    .where(eq(facilities.id, facilityId));
  if (!row) return null;
  const { regionCode, choosable, ...facility } = row;
  return { ...toClinicFacility(facility), regionCode, choosable };
}

/** The person's chosen clinic, its region's rules, when it may change, and the history of choices. */
export async function getClinicOverview(db: Db, personId: string, now: Date): Promise<ClinicOverview> {
  const today = chinaDay(now);
  const [region, currentChoice, historyRows] = await Promise.all([
    findPersonRegion(db, personId, today),
    findCurrentChoice(db, personId),
    db
      .select({
        id: clinicChoices.id,
        facilityId: clinicChoices.facilityId,
        facilityName: facilities.name,
        facilityNameEn: facilities.nameEn,
        validFrom: clinicChoices.validFrom,
        validTo: clinicChoices.validTo,
        source: clinicChoices.source,
      })
      .from(clinicChoices)
      .innerJoin(facilities, eq(facilities.id, clinicChoices.facilityId))
      .where(eq(clinicChoices.personId, personId))
      .orderBy(desc(clinicChoices.validFrom))
      .limit(20),
  ]);

  let current: ClinicOverview["current"] = null;
  if (currentChoice) {
    const facility = await findFacility(db, currentChoice.facilityId);
    if (facility) {
      const { regionCode: _r, choosable: _c, ...shown } = facility;
      const allianceMembers =
        region?.allianceAsOneUnit && facility.alliance
          ? (await selectFacilities(db).where(eq(facilities.allianceId, facility.alliance.id)).orderBy(asc(facilities.level), asc(facilities.code)))
              .map(toClinicFacility)
              .filter((member) => member.id !== facility.id)
          : [];
      current = { choiceId: currentChoice.choiceId, since: currentChoice.since.toISOString(), source: currentChoice.source, facility: shown, allianceMembers };
    }
  }

  const lastChoiceDay = currentChoice ? chinaDay(currentChoice.since) : null;
  const nextAllowedDay = nextChangeAllowedDay(lastChoiceDay, region?.changeIntervalDays ?? null);
  return {
    asOf: now.toISOString(),
    today,
    region,
    current,
    change: { allowedNow: region !== null && (nextAllowedDay === null || today >= nextAllowedDay), nextAllowedDay },
    history: historyRows.map((r) => ({ ...r, validFrom: r.validFrom.toISOString(), validTo: r.validTo?.toISOString() ?? null })),
  };
}

export interface EligibleClinic extends ClinicFacility {
  isCurrent: boolean;
  /** A member of the current clinic's alliance, where the region treats the alliance as one unit. */
  inCurrentAlliance: boolean;
}

export interface EligibleClinicPage {
  items: EligibleClinic[];
  total: number;
  page: number;
  pageCount: number;
  /** The districts that have eligible clinics, for the district filter. */
  districts: { district: string; districtEn: string }[];
}

/** `%` and `_` in a search are literal characters, not patterns. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Choosable facilities in the person's region, searched by name (zh or en) and filtered by district and level. */
export async function searchEligibleClinics(db: Db, personId: string, day: string, search: ClinicSearch): Promise<EligibleClinicPage> {
  const region = await findPersonRegion(db, personId, day);
  if (!region) return { items: [], total: 0, page: 1, pageCount: 1, districts: [] };
  const base = and(eq(facilities.regionCode, region.code), eq(facilities.choosable, true));
  const filters: (SQL | undefined)[] = [base];
  if (search.q) filters.push(or(ilike(facilities.name, likePattern(search.q)), ilike(facilities.nameEn, likePattern(search.q))));
  if (search.district) filters.push(eq(facilities.district, search.district));
  if (search.level !== undefined) filters.push(eq(facilities.level, search.level));
  const where = and(...filters);

  const [[totalRow], districts, currentChoice] = await Promise.all([
    db.select({ n: count() }).from(facilities).where(where),
    db.selectDistinct({ district: facilities.district, districtEn: facilities.districtEn }).from(facilities).where(base).orderBy(asc(facilities.districtEn)),
    findCurrentChoice(db, personId),
  ]);
  const total = Number(totalRow?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / CLINIC_PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  const rows = await selectFacilities(db)
    .where(where)
    .orderBy(asc(facilities.districtEn), asc(facilities.level), asc(facilities.code))
    .limit(CLINIC_PAGE_SIZE)
    .offset((page - 1) * CLINIC_PAGE_SIZE);

  const current = currentChoice ? await findFacility(db, currentChoice.facilityId) : null;
  const items = rows.map(toClinicFacility).map((f) => ({
    ...f,
    isCurrent: f.id === current?.id,
    inCurrentAlliance:
      f.id !== current?.id &&
      chosenClinicStatusOf({ chosen: current ? { id: current.id, allianceId: current.alliance?.id ?? null } : null, facility: { id: f.id, allianceId: f.alliance?.id ?? null }, allianceAsOneUnit: region.allianceAsOneUnit }) === "alliance",
  }));
  return { items, total, page, pageCount, districts };
}

/**
 * The chosen clinic in force on China day `day`: the choice that was current at the end of that
 * day (on the day of a change, the new clinic counts), or null.
 */
export async function findChoiceInForce(db: Db, personId: string, day: string): Promise<ClinicFacility | null> {
  const dayEnd = chinaDayStart(addDaysToDay(day, 1));
  const [row] = await selectFacilities(db)
    .innerJoin(clinicChoices, eq(clinicChoices.facilityId, facilities.id))
    .where(and(eq(clinicChoices.personId, personId), lt(clinicChoices.validFrom, dayEnd), or(isNull(clinicChoices.validTo), gte(clinicChoices.validTo, dayEnd))))
    .orderBy(desc(clinicChoices.validFrom))
    .limit(1);
  return row ? toClinicFacility(row) : null;
}


