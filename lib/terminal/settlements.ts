import "server-only";
import { eq } from "drizzle-orm";
import type { AuthenticatedTerminal } from "@/lib/auth";
import { chinaDay } from "@/lib/dates";
import { consumeSettlementToken, scanWithReceiptPerson } from "./settlement-tokens";
import type { Db } from "@/lib/db";
import { facilities, terminals } from "@/lib/db/schema";
import { DomainError } from "@/lib/errors";
import { recordCounterUse } from "@/lib/family";
import { loadLedgerSettlement, reverse, settle, type LedgerSettlement } from "@/lib/ledger";
import { getPersonSummary } from "@/lib/people";
import { getPolicy } from "@/lib/reimbursement";
import type { RateLimitRule } from "@/lib/rate-limit";
import { accountOfRef, familyAccountNow } from "./family-account";
import { serviceDateRefusal } from "./service-date";
import { toTerminalSettlementDto, type TerminalSettlementDto } from "./settlement-dto";
import { idempotencyKeySchema, reversalRequestSchema, terminalSettlementRequestSchema, type TerminalSettlementRequest } from "./settlement-request";

/** New settlements a terminal may make per minute; a retry answered with the first settlement never counts. */
export const SETTLE_RATE_LIMIT = { limit: 120, windowMs: 60_000 } as const;

const noFacility = new DomainError("terminal_without_facility");
const notFound = new DomainError("settlement_not_found");

/** The counter's own rules, configured per deployment (lib/env.ts). */
export interface CounterRules {
  /** Late settlement: care of the last N days of the same year (0: today only). */
  backdateDays: number;
  /** Overrides the per-terminal limit (tests use a small one). */
  rateLimit?: Omit<RateLimitRule, "key">;
}

export const DEFAULT_COUNTER_RULES: CounterRules = { backdateDays: 0 };

export interface SettleAtTerminalResult {
  settlement: TerminalSettlementDto;
  /** True when the Idempotency-Key had already settled this request: nothing new was written. */
  replayed: boolean;
}

function refuseServiceDate(serviceDate: string, now: Date, backdateDays: number): void {
  const refusal = serviceDateRefusal(serviceDate, now, backdateDays);
  if (!refusal) return;
  if (refusal.code === "service_date_too_early") throw new DomainError(refusal.code, { earliestDay: refusal.earliestDay });
  if (refusal.code === "service_date_previous_year") throw new DomainError(refusal.code, { year: refusal.year });
  throw new DomainError(refusal.code);
}

/**
 * Settles a bill for the person a scan verified, in the ledger's one transaction (lib/ledger
 * settle). A retry with the same Idempotency-Key and bill — later, or concurrent and waiting for
 * the first on the person's ledger lock — is answered with the first settlement, whatever has
 * happened to the token since. Only a new settlement checks the service date, counts against the
 * terminal's rate limit and spends the token, all inside that transaction: a settlement that
 * fails leaves the token usable and counts nothing.
 */
export async function settleAtTerminal(
  db: Db,
  terminal: AuthenticatedTerminal,
  request: TerminalSettlementRequest,
  idempotencyKey: string,
  now: Date,
  rules: CounterRules = DEFAULT_COUNTER_RULES,
): Promise<SettleAtTerminalResult> {
  const facilityId = terminal.facilityId;
  if (!facilityId) throw noFacility;
  const day = request.serviceDate ?? chinaDay(now);
  const scan = await scanWithReceiptPerson(db, request.settlementToken, terminal.id, day);
  const personId = scan.personId;
  // 家庭共济: the relative's account the scan offered under this reference (a retry names the same one).
  const accountPersonId = request.familyAccount === undefined ? undefined : await accountOfRef(db, scan, request.settlementToken, request.familyAccount);
  let lentUnder: { grantId: string; granteeUserId: string } | null = null;
  const result = await settle(
    db,
    {
      personId,
      facilityId,
      terminalId: terminal.id,
      idempotencyKey,
      useAccount: request.useAccount || accountPersonId !== undefined,
      ...(accountPersonId === undefined ? {} : { accountPersonId }),
      serviceDate: request.serviceDate,
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
        amountFen: line.amountFen,
      })),
    },
    {
      beforeWrite: async (tx, bill) => {
        refuseServiceDate(bill.serviceDate, now, rules.backdateDays);
        // The terminal's rate limit is counted in the statement that spends the token (refused first).
        const limit = { key: `terminal-settle:${terminal.id}`, ...(rules.rateLimit ?? SETTLE_RATE_LIMIT) };
        const authority = await consumeSettlementToken(tx, request.settlementToken, terminal.id, now, limit);
        // The token was read before the transaction; it names the same person still.
        if (authority.personId !== bill.personId) throw new DomainError("settlement_token_invalid");
        // A relative's account may pay only as the grant and the rule stand now (an ended grant is refused).
        if (accountPersonId !== undefined) {
          const account = await familyAccountNow(tx, scan, accountPersonId, bill.serviceDate, now);
          lentUnder = account.grantId === null ? null : { grantId: account.grantId, granteeUserId: account.granteeUserId };
        }
      },
      // A payment from an account lent under a grant goes into its holder's access log, with the settlement.
      afterWrite: async (tx, settlement) => {
        if (lentUnder === null || accountPersonId === undefined || settlement.amounts.acct_pay <= 0) return;
        await recordCounterUse(tx, {
          actorUserId: lentUnder.granteeUserId, subjectPersonId: accountPersonId, via: "grant", grantId: lentUnder.grantId,
          action: "account.pay", facilityId, settlementId: settlement.id, at: now,
        });
      },
    },
  );
  // The answer is made from what was written (or, for a retry, read) and what the scan and the
  // terminal's key said about the patient, the place and the till; a retry of a bill settled on
  // another day (a request without a date, retried after midnight) reads its receipt.
  const settlement = result.settlement;
  const receipt =
    settlement.serviceDate === day && settlement.facilityId === facilityId && settlement.terminalId === terminal.id
      ? toTerminalSettlementDto(settlement, {
          maskedName: scan.person.maskedName,
          person: { insurance: scan.person.insurance, employeeStatus: scan.person.employeeStatus, region: scan.person.region },
          facility: { name: terminal.facilityName ?? "", nameEn: terminal.facilityNameEn ?? "" },
          terminal: { name: terminal.name },
          diseaseLabel: diseaseLabelOf(settlement),
        })
      : await dtoFor(db, settlement.id);
  return { settlement: receipt, replayed: result.replayed };
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
  rules: CounterRules = DEFAULT_COUNTER_RULES,
): Promise<SettleAtTerminalResult> {
  const key = idempotencyKeySchema.safeParse(idempotencyKey ?? "");
  if (!key.success) throw new DomainError("invalid_request", { fields: "Idempotency-Key (8–200 characters)" });
  const parsed = terminalSettlementRequestSchema.safeParse(body);
  if (!parsed.success) throw new DomainError("invalid_request", { fields: [...new Set(parsed.error.issues.map((i) => i.path.join(".") || "body"))].join(", ") });
  return settleAtTerminal(db, terminal, parsed.data, key.data, now, rules);
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

/** The settlement with what its receipt names: the place, the till, the person (masked) and their insurance that day. */
async function dtoFor(db: Db, id: string): Promise<TerminalSettlementDto> {
  const settlement = await loadLedgerSettlement(db, id);
  if (!settlement) throw notFound;
  const [[place], [till], summary] = await Promise.all([
    db.select({ name: facilities.name, nameEn: facilities.nameEn }).from(facilities).where(eq(facilities.id, settlement.facilityId)),
    settlement.terminalId ? db.select({ name: terminals.name }).from(terminals).where(eq(terminals.id, settlement.terminalId)) : Promise.resolve([]),
    getPersonSummary(db, settlement.personId, settlement.serviceDate),
  ]);
  const enrolment = summary?.enrolment ?? null;
  return toTerminalSettlementDto(settlement, {
    maskedName: summary?.maskedName ?? "",
    person: {
      insurance: enrolment?.insurance ?? null,
      employeeStatus: enrolment?.status ?? null,
      region: enrolment ? { code: enrolment.regionCode, name: enrolment.regionName, nameEn: enrolment.regionNameEn } : null,
    },
    facility: place ?? { name: "", nameEn: "" },
    terminal: till ?? null,
    diseaseLabel: diseaseLabelOf(settlement),
  });
}

/** The policy's name of the bill's chronic disease, if any. */
function diseaseLabelOf(settlement: LedgerSettlement): { zh: string; en: string } | null {
  const disease = settlement.visit.disease;
  return disease ? (getPolicy(settlement.policy.id)?.diseases?.[disease] ?? null) : null;
}

