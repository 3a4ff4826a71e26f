import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { runTransaction, type Db } from "@/lib/db";
import { clinicChoices, people } from "@/lib/db/schema";
import { chinaDay } from "@/lib/dates";
import { clinicError } from "./errors";
import { decideClinicChange } from "./rules";
import { findCurrentChoice, findFacility, findPersonRegion, type ClinicFacility } from "./queries";

export interface ClinicChangeResult {
  choiceId: string;
  facility: ClinicFacility;
  validFrom: string;
}

/** PostgreSQL's unique_violation, as node-postgres or PGlite report it (drizzle may wrap it). */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/**
 * Makes `facilityId` the person's chosen clinic from `now`: closes the current choice and opens the
 * new one in one transaction. The person's row is locked first (FOR NO KEY UPDATE, which does not
 * block other tables' foreign-key checks) so that two changes at once are decided one after the
 * other against the latest choice; the partial unique index on current choices backs this up.
 * Throws a DomainError when the region's rules refuse the change.
 */
export async function changeClinic(db: Db, personId: string, facilityId: string, now: Date): Promise<ClinicChangeResult> {
  const today = chinaDay(now);
  try {
    return await runTransaction(db, async (tx) => {
      const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId)).for("no key update");
      if (!person) throw clinicError("no_person");
      const region = await findPersonRegion(tx, personId, today);
      if (!region) throw clinicError("not_enrolled");
      const [current, target] = [await findCurrentChoice(tx, personId), await findFacility(tx, facilityId)];

      const decision = decideClinicChange({
        today,
        personRegionCode: region.code,
        intervalDays: region.changeIntervalDays,
        current: current ? { facilityId: current.facilityId, chosenOn: chinaDay(current.since) } : null,
        target,
      });
      if (!decision.ok) throw clinicError(decision.reason, decision.nextAllowedDay);

      // Choices follow each other in time even when two requests' clocks (two app instances, or
      // two changes a moment apart that reach the lock out of order) disagree: the new choice
      // never starts before the one it replaces.
      const from = current && current.since.getTime() > now.getTime() ? current.since : now;
      if (current) {
        await tx
          .update(clinicChoices)
          .set({ validTo: from })
          .where(and(eq(clinicChoices.id, current.choiceId), isNull(clinicChoices.validTo)));
      }
      const [inserted] = await tx
        .insert(clinicChoices)
        .values({ personId, facilityId, validFrom: from, source: decision.source })
        .returning({ id: clinicChoices.id });
      const { regionCode: _r, choosable: _c, ...facility } = target!;
      return { choiceId: inserted!.id, facility, validFrom: from.toISOString() };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw clinicError("conflict");
    throw error;
  }
}
