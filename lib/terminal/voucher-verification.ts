import "server-only";
import { sql } from "drizzle-orm";
import type { AuthenticatedTerminal } from "@/lib/auth";
import { sha256Hex } from "@/lib/auth";
import { chinaDay } from "@/lib/dates";
import { preparedStatement, type Db } from "@/lib/db";
import { devices, people, usedVoucherCodes } from "@/lib/db/schema";
import { DomainError } from "@/lib/errors";
import { invalidRequest } from "@/lib/http";
import { verifyVoucherRequestSchema } from "./verify-request";
import { enforceRateLimit, rateLimitHitStatement, rateLimitHitValues, rateLimitResultOf, refuseOverLimit, type RateLimitRule } from "@/lib/rate-limit";
import { verifyVoucherCode, type VoucherError } from "@/lib/voucher";
import { chosenClinicFromJson, chosenClinicJson, type ChosenClinic } from "@/lib/clinic";
import { checkGrant, checkGuardianCode, lentAccountsFromJson, lentAccountsJson, recordCounterUse, type GrantRefusal } from "@/lib/family";
import { entitlementFactsFromJson, entitlementFactsJson, entitlementSummaryOf, type EntitlementSummary } from "@/lib/ledger";
import { loadDevicePublicKey, nodeCodeCrypto } from "@/lib/devices";
import { maskName } from "@/lib/privacy";
import { familyAccountsAtCounter, type CounterFamilyAccount } from "./family-account";
import { newSettlementToken, SETTLEMENT_TOKEN_LIFETIME_MS } from "./settlement-tokens";

/** A counter scans a code every few seconds at most; more than this per minute is a script. */
export const VERIFY_RATE_LIMIT = { limit: 60, windowMs: 60_000 } as const;

/** What the counter learns from a verified code: masked, nothing that identifies the person outright. */
export interface VerifiedVoucher {
  person: {
    maskedName: string;
    insurance: "employee" | "resident" | null;
    employeeStatus: "active" | "retired" | null;
    region: { code: string; name: string; nameEn: string } | null;
  };
  chosenClinic: ChosenClinic | null;
  entitlements: EntitlementSummary;
  /** True when a family member's device showed the code under a "show code" grant. */
  shownUnderGrant: boolean;
  code: { issuedAt: string; expiresAt: string };
  /** One settlement for this person at this terminal, within its lifetime. */
  settlement: { token: string; expiresAt: string };
  /**
   * Relatives' personal accounts that may pay this person's share instead of their own (家庭共济),
   * each named by a reference for the settlement request's `familyAccount`. Empty when none may.
   */
  familyAccounts: CounterFamilyAccount[];
}

function fromVoucherError(error: VoucherError): DomainError {
  return new DomainError(error.code);
}

const deviceRevoked = new DomainError("device_revoked");
const notAuthorised = new DomainError("code_not_authorised");
const alreadyUsed = new DomainError("code_already_used");
const grantRevoked = new DomainError("grant_revoked");
const grantExpired = new DomainError("grant_expired");
const grantNotValid = new DomainError("grant_not_valid");

function fromGrantRefusal(reason: GrantRefusal): DomainError {
  if (reason === "revoked") return grantRevoked;
  if (reason === "expired") return grantExpired;
  return grantNotValid;
}

interface SigningDevice {
  id: string;
  userId: string;
  personId: string | null;
  revoked: boolean;
}

/** Counts the scan against the terminal's rate limit, and reads the signing device and whose voucher the code names. */
const deviceOfCode = preparedStatement("verify_device_of_code", ["key", "windowStart", "windowEnd", "deviceId", "voucherId"], (p) => sql`
  with hit as (${rateLimitHitStatement(p.key, p.windowStart, p.windowEnd)})
  select hit.count, ${devices.id} as id, ${devices.userId} as user_id, ${devices.personId} as person_id,
    ${devices.publicKeySpki} as spki, ${devices.revokedAt} is not null as revoked,
    (select ${people.id} from ${people} where ${people.voucherId} = ${p.voucherId}::uuid) as voucher_person_id
  from hit left join ${devices} on ${devices.id} = ${p.deviceId}::uuid`);

/**
 * The once-only record, the settlement token and the device's last use in one statement — atomic
 * without a transaction, and the primary key on the fingerprint decides a race between two scans
 * of the same code (no token back means a replay) — which also reads what the counter is shown:
 * the person's entitlements and chosen clinic, and the accounts lent to whoever showed the code
 * (read before this scan's writes; the writes change none of them). Prepared: it is the counter's
 * busiest statement.
 */
const spendCode = preparedStatement(
  "verify_spend_code",
  ["fingerprint", "codeExpiresAt", "at", "terminalId", "tokenHash", "personId", "deviceId", "grantId", "tokenExpiresAt", "year", "day", "shownBy"],
  (p) => sql`
    with used as (
      insert into used_voucher_codes (fingerprint, expires_at, used_at, terminal_id)
      values (${p.fingerprint}, ${p.codeExpiresAt}::timestamptz, ${p.at}::timestamptz, ${p.terminalId}::uuid)
      on conflict (fingerprint) do nothing
      returning fingerprint
    ),
    token as (
      insert into settlement_tokens (token_hash, person_id, terminal_id, device_id, grant_id, code_fingerprint, created_at, expires_at)
      select ${p.tokenHash}, ${p.personId}::uuid, ${p.terminalId}::uuid, ${p.deviceId}::uuid, ${p.grantId}::uuid,
             fingerprint, ${p.at}::timestamptz, ${p.tokenExpiresAt}::timestamptz
      from used
      returning id
    ),
    touched as (
      update devices set last_used_at = ${p.at}::timestamptz where id = ${p.deviceId}::uuid and exists (select 1 from used)
    )
    select (select id from token) as token_id,
      ${entitlementFactsJson(sql`${p.personId}::uuid`, sql`${p.year}::int`, sql`${p.day}::date`)} as entitlements,
      ${chosenClinicJson(sql`${p.personId}::uuid`, p.day)} as chosen_clinic,
      ${lentAccountsJson(p.shownBy, p.at)} as lent`,
);

export interface VerifyAtTerminalOptions {
  now: Date;
  /** Overrides the per-terminal limit (tests use a small one). */
  rateLimit?: Omit<RateLimitRule, "key">;
}

/**
 * The verify request as a whole, for the route handler and the terminal page alike: counts it
 * against the terminal's rate limit first (malformed requests count too), then validates the body
 * and verifies the code. A well-formed code is counted in the same statement as its device is
 * read (verifyVoucherAtTerminal), anything else on its own.
 */
export async function handleVerifyRequest(
  db: Db,
  terminal: AuthenticatedTerminal,
  body: unknown,
  options: VerifyAtTerminalOptions,
): Promise<VerifiedVoucher> {
  const rule: RateLimitRule = { key: `terminal-verify:${terminal.id}`, ...(options.rateLimit ?? VERIFY_RATE_LIMIT) };
  const parsed = verifyVoucherRequestSchema.safeParse(body);
  if (!parsed.success) {
    await enforceRateLimit(db, rule, options.now);
    throw invalidRequest(parsed.error.issues.map((i) => i.path.join(".") || "body"));
  }
  return verifyVoucherAtTerminal(db, terminal, parsed.data.code, { now: options.now, countAgainst: rule });
}

/**
 * Verifies a scanned code for a terminal, in the order of docs/voucher-format.md: decode,
 * device, signature, time, whose code (own device or a live grant), and — last, in one
 * statement with the settlement token — the once-only record. `countAgainst`: the rate limit
 * this scan counts against, before anything else is refused. Every refusal is a DomainError with
 * a stable code and HTTP status; a code is spent only when it passed every other check, and the
 * database decides between two terminals scanning it at once.
 */
export async function verifyVoucherAtTerminal(
  db: Db,
  terminal: AuthenticatedTerminal,
  codeText: string,
  options: { now: Date; countAgainst: RateLimitRule },
): Promise<VerifiedVoucher> {
  const { now, countAgainst } = options;

  // The lookup runs inside verifyVoucherCode. One statement counts the scan against the rate
  // limit, reads the device and whose voucher the code names; all of it is kept for later steps.
  const seen: { device?: SigningDevice; personId?: string | null; counted?: boolean } = {};
  const verified = await verifyVoucherCode(codeText, {
    now,
    crypto: nodeCodeCrypto,
    lookupDeviceKey: async (deviceId, decoded) => {
      type Row = { count: number | string; id: string | null; user_id: string; person_id: string | null; spki: string; revoked: boolean; voucher_person_id: string | null };
      const [row] = (await deviceOfCode.execute<Row>(db, { ...rateLimitHitValues(countAgainst, now), deviceId, voucherId: decoded.voucherId })).rows;
      seen.counted = true;
      refuseOverLimit(rateLimitResultOf(countAgainst, now, row!.count), now);
      if (!row || row.id === null) return null;
      seen.device = { id: row.id, userId: row.user_id, personId: row.person_id, revoked: row.revoked };
      seen.personId = row.voucher_person_id;
      // A revoked device's codes are refused without looking at them further.
      return row.revoked ? null : loadDevicePublicKey(row.spki);
    },
  });
  if (!verified.ok) {
    // A code that did not decode never reached the lookup: it is counted on its own.
    if (!seen.counted) await enforceRateLimit(db, countAgainst, now);
    if (verified.error.code === "unknown_device" && seen.device?.revoked) throw deviceRevoked;
    throw fromVoucherError(verified.error);
  }
  const code = verified.value;
  const signer = seen.device;
  // verifyVoucherCode only succeeds after the lookup found the device.
  if (!signer) throw new Error("verified code without a device row");

  const personId = seen.personId;
  if (!personId) throw notAuthorised;
  // The grant the settlement token records; a guardian's code names a guardianship, not a grant.
  let tokenGrantId: string | null = code.grantId;
  if (code.grantId === null) {
    if (signer.personId !== personId) throw notAuthorised;
  } else {
    const grant = await checkGrant(db, code.grantId, {
      scope: "show_code",
      now,
      grantorPersonId: personId,
      granteeUserId: signer.userId,
    });
    if (!grant.ok) {
      // No such grant: the slot may name a guardianship (a parent showing a child's code).
      const guardian = grant.reason === "not_found" ? await checkGuardianCode(db, code.grantId, { dependantPersonId: personId, guardianPersonId: signer.personId }, now) : "not_found";
      if (guardian === "ended") throw fromGrantRefusal("revoked");
      if (guardian !== "ok") throw fromGrantRefusal(grant.reason);
      tokenGrantId = null;
    }
  }

  const day = chinaDay(now);
  const token = newSettlementToken();
  const tokenExpiresAt = new Date(now.getTime() + SETTLEMENT_TOKEN_LIFETIME_MS);
  const spent = await spendCode.execute<{ token_id: string | null; entitlements: unknown; chosen_clinic: unknown; lent: unknown }>(db, {
    fingerprint: code.fingerprint,
    codeExpiresAt: code.expiresAt.toISOString(),
    at: now.toISOString(),
    terminalId: terminal.id,
    tokenHash: sha256Hex(token),
    personId,
    deviceId: signer.id,
    grantId: tokenGrantId,
    tokenExpiresAt: tokenExpiresAt.toISOString(),
    year: Number(day.slice(0, 4)),
    day,
    shownBy: signer.userId,
  });
  const [shown] = spent.rows;
  if (!shown || shown.token_id === null) throw alreadyUsed;
  const facts = entitlementFactsFromJson(shown.entitlements);
  if (!facts) throw notAuthorised;
  const familyAccounts = await familyAccountsAtCounter(db, signer, personId, token, day, now, lentAccountsFromJson(shown.lent));
  // A code shown from a family member's phone: the scan goes into the person's access log (where, when).
  if (code.grantId !== null) {
    await recordCounterUse(db, {
      actorUserId: signer.userId, subjectPersonId: personId, via: tokenGrantId === null ? "guardian" : "grant", grantId: tokenGrantId,
      action: "voucher.scan", facilityId: terminal.facilityId, at: now,
    });
  }

  const enrolment = facts.enrolment;
  return {
    person: {
      maskedName: maskName(facts.name),
      insurance: enrolment?.insurance ?? null,
      employeeStatus: enrolment?.status ?? null,
      region: enrolment ? { code: enrolment.regionCode, name: enrolment.regionName, nameEn: enrolment.regionNameEn } : null,
    },
    chosenClinic: chosenClinicFromJson(shown.chosen_clinic),
    entitlements: entitlementSummaryOf(facts, { personId, day, now }),
    shownUnderGrant: code.grantId !== null,
    code: { issuedAt: new Date(code.issuedAt * 1000).toISOString(), expiresAt: code.expiresAt.toISOString() },
    settlement: { token, expiresAt: tokenExpiresAt.toISOString() },
    familyAccounts,
  };
}

/** Deletes used-code records that can no longer matter: such codes fail as expired first. */
export async function purgeUsedVoucherCodes(db: Db, now: Date): Promise<number> {
  const result = await db.delete(usedVoucherCodes).where(sql`${usedVoucherCodes.expiresAt} < ${now.toISOString()}::timestamptz`).returning({ f: usedVoucherCodes.fingerprint });
  return result.length;
}
