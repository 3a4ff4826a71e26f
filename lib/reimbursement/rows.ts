/**
 * Table rows keyed by person type, facility level, age and cross-region
 * situation: the first row whose conditions all hold applies.
 */
import type { RowCondition } from "./policy-schema";
import type { CrossRegion, FacilityLevel, PersonType } from "./vocabulary";

export interface RowContext {
  personType: PersonType;
  facilityLevel: FacilityLevel;
  age: number | undefined;
  crossRegion: CrossRegion;
}

export function rowApplies(when: RowCondition | undefined, context: RowContext): boolean {
  if (!when) return true;
  if (when.personTypes && !when.personTypes.includes(context.personType)) return false;
  if (when.facilityLevels && !when.facilityLevels.includes(context.facilityLevel)) return false;
  if (when.minAge !== undefined && (context.age === undefined || context.age < when.minAge)) return false;
  if (when.maxAge !== undefined && (context.age === undefined || context.age > when.maxAge)) return false;
  if (when.crossRegion && !when.crossRegion.includes(context.crossRegion)) return false;
  return true;
}

export function matchRow<T extends { when?: RowCondition | undefined }>(rows: ReadonlyArray<T>, context: RowContext): T | undefined {
  for (const row of rows) {
    if (rowApplies(row.when, context)) return row;
  }
  return undefined;
}
