import "server-only";
import { eq } from "drizzle-orm";
import type { AuthenticatedTerminal } from "@/lib/auth";
import { consumeSettlementToken } from "./settlement-tokens";
import { runTransaction, type Db } from "@/lib/db";
import { people } from "@/lib/db/schema";
import { chinaDay } from "@/lib/dates";
import { DomainError } from "@/lib/errors";
import { recordCounterUse } from "@/lib/family";
import { findSettlementIdByKey, loadLedgerSettlement, reverse, settle } from "@/lib/ledger";
import { maskName } from "@/lib/privacy";
import { enforceRateLimit } from "@/lib/rate-limit";
import { chosenFamilyAccount } from "./family-account";
import { toTerminalSettlementDto, type TerminalSettlementDto } from "./settlement-dto";
import { idempotencyKeySchema, reversalRequestSchema, terminalSettlementRequestSchema, type TerminalSettlementRequest } from "./settlement-request";

const SETTLE_RATE_LIMIT = { limit: 120, windowMs: 60_000 };

const noFacility = new DomainError("terminal_without_facility");
const notFound = new DomainError("settlement_not_found");

export interface SettleAtTerminalResult {
  settlement: TerminalSettlementDto;
  /** True when the Idempotency-Key had already settled this request: nothing new was written. */
  replayed: boolean;
}

/**
 * Settles a bill for the person a scan verified. The settlement token is spent in the same
 * transaction as the settlement, so a failed settlement leaves the token usable; a retry with
 * the same Idempotency-Key returns the first settlement instead of charging twice.
 */
export async function settleAtTerminal(
  db: Db,
  terminal: AuthenticatedTerminal,
  request: TerminalSettlementRequest,
  idempotencyKey: string,
  now: Date,
): Promise<SettleAtTerminalResult> {
  const facilityId = terminal.facilityId;
  if (!facilityId) throw noFacility;
  await enforceRateLimit(db, { key: `terminal-settle:${terminal.id}`, ...SETTLE_RATE_LIMIT }, now);

  const previous = await findSettlementIdByKey(db, terminal.id, idempotencyKey);
  const day = request.serviceDate ?? chinaDay(now);
  const result = await runTransaction(db, async (tx) => {
    // A retry of a settled request no longer holds a spendable token: the ledger's idempotency
    // check (same key, same request) answers it, and a different request under the key is refused.
    const earlier = previous ? await loadLedgerSettlement(tx, previous.id) : null;
    const scan = earlier ? null : await consumeSettlementToken(tx, request.settlementToken, terminal.id, now);
    const personId = earlier ? earlier.personId : scan!.personId;
    // 家庭共济: a relative's account, named by the reference the scan offered; checked again now.
    const family =
      request.familyAccount === undefined ? null
      : scan ? await chosenFamilyAccount(tx, scan, request.settlementToken, request.familyAccount, day, now)
      : null;
    const accountPersonId = request.familyAccount === undefined ? undefined : (family?.accountPersonId ?? earlier?.accountPersonId ?? undefined);
    const settled = await settle(tx, {
      personId,
      facilityId,
      terminalId: terminal.id,
      idempotencyKey,
      useAccount: request.useAccount || request.familyAccount !== undefined,
      ...(accountPersonId === undefined ? {} : { accountPersonId }),
      serviceDate: day,
      now,
      visit: {
        kind: request.visit.kind,
        disease: request.visit.disease,
        referralFrom: request.visit.referralFrom
          ? { facilityLevel: request.visit.referralFrom.facilityLevel, deductiblePaidFen: request.visit.referralFrom.deductiblePaid }
          : undefined,
      },
      lines: request.lines.map((line) => ({
        code: line.code,
        name: line.name,
        itemClass: line.class,
        quantity: line.quantity,
        amountFen: line.amount,
      })),
    });
    // A payment from an account lent under a grant is written to its holder's access log, with the settlement.
    if (family?.grantId && !settled.replayed && settled.settlement.amounts.acct_pay > 0) {
      await recordCounterUse(tx, {
        actorUserId: family.granteeUserId, subjectPersonId: family.accountPersonId, via: "grant", grantId: family.grantId,
        action: "account.pay", facilityId, settlementId: settled.settlement.id, at: now,
      });
    }
    return settled;
  });
  return { settlement: await dtoFor(db, result.settlement.id), replayed: result.replayed };
}

/**
 * A counter's settlement request as it arrives — from the HTTP API or the terminal page alike:
 * the Idempotency-Key and the body checked by the one schema (a 400 naming the fields), then
 * settled. The only way in for both.
 */
export async function settleRequestAtTerminal(
  db: Db,
  terminal: AuthenticatedTerminal,
  body: unknown,
  idempotencyKey: unknown,
  now: Date,
): Promise<SettleAtTerminalResult> {
  const key = idempotencyKeySchema.safeParse(idempotencyKey ?? "");
  if (!key.success) throw new DomainError("invalid_request", { fields: "Idempotency-Key (8–200 characters)" });
  const parsed = terminalSettlementRequestSchema.safeParse(body);
  if (!parsed.success) throw new DomainError("invalid_request", { fields: parsed.error.issues.map((i) => i.path.join(".") || "body").join(", ") });
  return settleAtTerminal(db, terminal, parsed.data, key.data, now);
}

/** A reversal request as it arrives (API or terminal page): the reason checked, then reversed. */
export async function reverseRequestAtTerminal(db: Db, terminal: AuthenticatedTerminal, id: string, body: unknown, now: Date): Promise<TerminalSettlementDto> {
  const parsed = reversalRequestSchema.safeParse(body);
  if (!parsed.success) throw new DomainError("invalid_request", { fields: "reason" });
  return reverseAtTerminal(db, terminal, id, parsed.data.reason, now);
}

/** A settlement made at this terminal's facility (a counter sees its own settlements only). */
export async function getSettlementAtTerminal(db: Db, terminal: AuthenticatedTerminal, id: string): Promise<TerminalSettlementDto> {
  const settlement = await loadLedgerSettlement(db, id).catch(() => null);
  if (!settlement || !terminal.facilityId || settlement.facilityId !== terminal.facilityId) throw notFound;
  return dtoFor(db, id);
}

export async function reverseAtTerminal(
  db: Db,
  terminal: AuthenticatedTerminal,
  id: string,
  reason: string,
  now: Date,
): Promise<TerminalSettlementDto> {
  await getSettlementAtTerminal(db, terminal, id);
  await reverse(db, id, { reason, terminalId: terminal.id, now });
  return dtoFor(db, id);
}

async function dtoFor(db: Db, id: string): Promise<TerminalSettlementDto> {
  const settlement = await loadLedgerSettlement(db, id);
  if (!settlement) throw notFound;
  const [person] = await db.select({ name: people.name }).from(people).where(eq(people.id, settlement.personId));
  return toTerminalSettlementDto(settlement, maskName(person?.name ?? ""));
}
