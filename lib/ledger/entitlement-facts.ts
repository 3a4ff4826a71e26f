import "server-only";
import { and, asc, desc, eq, gte, isNull, lte, max, or, sql, type SQL } from "drizzle-orm";
import { fromJson, jsonRow, onlyRow, type Db, type SqlValue } from "@/lib/db";
import { accountBalances, accountEntries, chronicApprovals, crossRegionFilings, facilities, ledgerHeads, people, type filingKinds } from "@/lib/db/schema";
import type { Accumulators } from "@/lib/reimbursement";
import { accumulatorsFromJson, accumulatorsJson } from "./accumulators";
import { enrolmentJson, type Enrolment } from "./settlement-context";

/** What a person's entitlements are made from, as the database holds it (entitlements.ts shapes it). */
export interface EntitlementFacts {
  name: string;
  birthDate: string;
  enrolment: Enrolment | null;
  accumulators: Accumulators;
  /** Chronic-disease approvals in force on the day, the soonest to end first. */
  approvals: Array<{ disease: string; validFrom: string; validTo: string; facilityName: string | null; facilityNameEn: string | null }>;
  /** The latest cross-region filing in force on the day. */
  filing: { kind: (typeof filingKinds)[number]; placeName: string; placeNameEn: string; validFrom: string; validTo: string | null } | null;
  /** When the ledger (ISO instant) and the personal account last changed; null when never. */
  ledgerChangedAt: string | null;
  lastAccountEntryAt: string | null;
  balanceFen: number;
}

/**
 * Everything a person's entitlements are made from, as one JSON value (null when there is no such
 * person): the person, the enrolment in force on `day`, the year's accumulators, the approvals and
 * the filing in force, when the ledger and the account last changed, and the account's running
 * balance. One statement for the entitlements screen, and part of the counter's one statement
 * after a scan (lib/terminal).
 */
export function entitlementFactsJson(personId: SqlValue<string>, year: SqlValue<number>, day: SqlValue<string>): SQL {
  const approvals = sql`(select json_agg(${jsonRow({
    disease: chronicApprovals.disease,
    validFrom: chronicApprovals.validFrom,
    validTo: chronicApprovals.validTo,
    facilityName: facilities.name,
    facilityNameEn: facilities.nameEn,
  })} order by ${asc(chronicApprovals.validTo)}) from ${chronicApprovals} left join ${facilities} on ${facilities.id} = ${chronicApprovals.facilityId}
    where ${and(eq(chronicApprovals.personId, personId), lte(chronicApprovals.validFrom, day), gte(chronicApprovals.validTo, day))})`;
  const filing = sql`(select ${jsonRow({
    kind: crossRegionFilings.kind,
    placeName: crossRegionFilings.placeName,
    placeNameEn: crossRegionFilings.placeNameEn,
    validFrom: crossRegionFilings.validFrom,
    validTo: crossRegionFilings.validTo,
  })} from ${crossRegionFilings}
    where ${and(eq(crossRegionFilings.personId, personId), lte(crossRegionFilings.validFrom, day), or(isNull(crossRegionFilings.validTo), gte(crossRegionFilings.validTo, day)))}
    order by ${desc(crossRegionFilings.validFrom)} limit 1)`;
  return sql`(select ${jsonRow({
    name: people.name,
    birthDate: people.birthDate,
    enrolment: enrolmentJson(personId, day),
    accumulators: accumulatorsJson(personId, year),
    approvals,
    filing,
    ledgerChangedAt: sql`(select ${ledgerHeads.changedAt} from ${ledgerHeads} where ${eq(ledgerHeads.personId, personId)})`,
    lastAccountEntryAt: sql`(select ${max(accountEntries.createdAt)} from ${accountEntries} where ${eq(accountEntries.accountPersonId, personId)})`,
    balanceFen: sql`coalesce((select ${accountBalances.balanceFen} from ${accountBalances} where ${eq(accountBalances.accountPersonId, personId)}), 0)`,
  })} from ${people} where ${eq(people.id, personId)})`;
}

/** What entitlementFactsJson read; null when there is no such person. */
export function entitlementFactsFromJson(value: unknown): EntitlementFacts | null {
  const facts = fromJson<(Omit<EntitlementFacts, "accumulators" | "approvals"> & { accumulators: unknown; approvals: EntitlementFacts["approvals"] | null }) | null>(value);
  if (facts === null) return null;
  return { ...facts, accumulators: accumulatorsFromJson(facts.accumulators), approvals: facts.approvals ?? [] };
}

export async function readEntitlementFacts(db: Db, personId: string, year: number, day: string): Promise<EntitlementFacts | null> {
  const row = onlyRow<{ facts: unknown }>(await db.execute(sql`select ${entitlementFactsJson(personId, year, day)} as facts`));
  return entitlementFactsFromJson(row?.facts ?? null);
}
