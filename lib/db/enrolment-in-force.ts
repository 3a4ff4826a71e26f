import { and, eq, gte, isNull, lte, or, type SQL } from "drizzle-orm";
import type { SqlValue } from "./prepared";
import { enrolments } from "./schema/people";

/** The person's enrolments in force on `day` (YYYY-MM-DD): started on or before it, not ended before it. */
export function enrolmentInForce(personId: SqlValue<string>, day: SqlValue<string>): SQL {
  return and(eq(enrolments.personId, personId), lte(enrolments.validFrom, day), or(isNull(enrolments.validTo), gte(enrolments.validTo, day)))!;
}
