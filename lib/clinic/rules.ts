/**
 * The rules of choosing a general-outpatient clinic (普通门诊选点). Pure: no database, no clock;
 * the caller passes the day (a China calendar day, YYYY-MM-DD) and the facts it loaded.
 */
import { addDaysToDay } from "@/lib/dates";
import type { ChosenClinicStatus } from "@/lib/reimbursement";


/** What a rule needs to know about a facility. */
export interface ClinicFacts {
  id: string;
  regionCode: string;
  choosable: boolean;
  allianceId: string | null;
}

/** A clinic may be chosen when it is marked choosable and belongs to the person's own pooling region. */
export function isEligibleClinic(facility: Pick<ClinicFacts, "regionCode" | "choosable">, personRegionCode: string): boolean {
  return facility.choosable && facility.regionCode === personRegionCode;
}

/**
 * The first day a new choice may be made, or null when a change is allowed any time (no previous
 * choice, or the region sets no interval). The interval is a regional policy parameter
 * (regions.clinic_change_interval_days), counted in calendar days from the day of the last choice.
 */
export function nextChangeAllowedDay(lastChoiceDay: string | null, intervalDays: number | null): string | null {
  if (lastChoiceDay === null || intervalDays === null || intervalDays <= 0) return null;
  return addDaysToDay(lastChoiceDay, intervalDays);
}

export type ClinicChangeRefusal = "not_eligible" | "same_clinic" | "interval_not_passed";

export interface ClinicChangeRequest {
  today: string;
  personRegionCode: string;
  intervalDays: number | null;
  /** The choice in force now, with the China day it was made. */
  current: { facilityId: string; chosenOn: string } | null;
  /** The facility asked for; null when no such facility exists. */
  target: Pick<ClinicFacts, "id" | "regionCode" | "choosable"> | null;
}

export type ClinicChangeDecision =
  | { ok: true; source: "chosen_by_person" | "changed_by_person" }
  | { ok: false; reason: ClinicChangeRefusal; nextAllowedDay?: string };

/**
 * Whether the person may move their chosen clinic to `target` today. Checked in this order so that
 * the message names the first thing to fix: the target must be eligible, must differ from the
 * current clinic, and the region's change interval must have passed (on the exact day it is allowed).
 */
export function decideClinicChange(request: ClinicChangeRequest): ClinicChangeDecision {
  const { target, current } = request;
  if (!target || !isEligibleClinic(target, request.personRegionCode)) return { ok: false, reason: "not_eligible" };
  if (current && current.facilityId === target.id) return { ok: false, reason: "same_clinic" };
  const nextAllowed = nextChangeAllowedDay(current?.chosenOn ?? null, request.intervalDays);
  if (nextAllowed !== null && request.today < nextAllowed) {
    return { ok: false, reason: "interval_not_passed", nextAllowedDay: nextAllowed };
  }
  return { ok: true, source: current ? "changed_by_person" : "chosen_by_person" };
}

/** The statuses this module decides; "referred" comes from referral records, not from the choice. */
export type ChoiceStatus = Extract<ChosenClinicStatus, "chosen" | "alliance" | "other">;

/**
 * Where a visit's facility stands relative to the person's chosen clinic. In a region that treats a
 * tight county medical alliance (医共体) as one designated unit, every member of the chosen clinic's
 * alliance counts as well (Qingyuan: 清医保待函〔2021〕28号).
 */
export function chosenClinicStatusOf(input: {
  chosen: Pick<ClinicFacts, "id" | "allianceId"> | null;
  facility: Pick<ClinicFacts, "id" | "allianceId">;
  allianceAsOneUnit: boolean;
}): ChoiceStatus {
  const { chosen, facility } = input;
  if (!chosen) return "other";
  if (chosen.id === facility.id) return "chosen";
  if (input.allianceAsOneUnit && chosen.allianceId !== null && chosen.allianceId === facility.allianceId) return "alliance";
  return "other";
}
