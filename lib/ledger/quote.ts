import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { people } from "@/lib/db/schema";
import { computeSettlement, type RequestIssue, type Settlement, type Visit } from "@/lib/reimbursement";
import { personNotFound } from "./errors";
import { loadEngineInput, type Assumptions, type Bill, type EngineInput } from "./settlement-context";

export type QuoteResult =
  | { ok: true; settlement: Settlement; visit: Visit; facility: EngineInput["facility"] }
  | { ok: false; issues: RequestIssue[] };

/**
 * An estimate is a settlement without the write: the same loader builds the engine's input as
 * for the counter's settle (loadEngineInput), the engine computes, and nothing is stored. What
 * the person asked to assume (a year to date, a cross-region situation, an admission number)
 * replaces what the records would say.
 */
export async function quote(db: Db, bill: Bill, assume: Assumptions = {}): Promise<QuoteResult> {
  const [person] = await db.select({ birthDate: people.birthDate }).from(people).where(eq(people.id, bill.personId));
  if (!person) throw personNotFound();
  const engine = await loadEngineInput(db, bill, { birthDate: person.birthDate, assume });
  const computed = computeSettlement(engine.input);
  return computed.ok ? { ok: true, settlement: computed.settlement, visit: engine.input.visit, facility: engine.facility } : computed;
}
