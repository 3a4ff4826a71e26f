import "server-only";
import { and, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { accessLog, grants, guardianships, people, type GrantScope } from "@/lib/db/schema";
import { DomainError } from "@/lib/errors";
import { chinaDay } from "@/lib/dates";
import { isDependantAge } from "./rules";
import { isId } from "@/lib/voucher";
import type { SessionUser } from "@/lib/auth";
import type { AccessLogAction } from "./access-actions";

/**
 * What an account wants to do with a person's data. The grant scopes may be exercised by a
 * family member under a grant; "manage_own" (e.g. changing the chosen clinic) is only ever the
 * person's own account, or the guardian of a dependant child.
 */
export type PersonAccessScope = GrantScope | "manage_own";

export interface PersonAccess {
  personId: string;
  /** Own data, a dependant child's as guardian, or a relative's under an accepted grant. */
  via: "self" | "guardian" | "grant";
  /** Set when via is "grant". */
  grantId: string | null;
  /** Everything the caller may do for this person: all scopes for self and guardian, the grant's otherwise. */
  scopes: PersonAccessScope[];
}

/** Every scope: what the person's own account, or a guardian of a dependant child, may do. */
export const ALL_SCOPES: readonly PersonAccessScope[] = ["view_coverage", "show_code", "estimate", "pay_from_account", "manage_own"];

export type AccessingUser = Pick<SessionUser, "userId" | "personId">;

export const personAccessDenied = new DomainError("forbidden");

export const signedOutRefused = new DomainError("signed_out");

export interface AccessOptions {
  /** The access log's key, e.g. "home.coverage"; without one, the scope's usual use. */
  action?: AccessLogAction;
  now?: Date;
}

/** What an access for `scope` is logged as when its entry point names no key of its own. */
const DEFAULT_ACTION: Record<PersonAccessScope, AccessLogAction> = {
  view_coverage: "entitlements",
  show_code: "voucher.shown",
  estimate: "estimate.run",
  pay_from_account: "account.pay",
  manage_own: "clinic.change",
};

/**
 * The one place that decides whether `user` may read or act on `personId`'s data for `scope`.
 * Every read of personal data goes through it, and every access that is not the person's own
 * (under a grant, or as guardian) is written to the access log before the data is read.
 * Refusals are the same whatever the reason, so ids cannot be probed.
 */
export async function authorisePersonAccess(
  db: Db,
  user: AccessingUser | null,
  personId: string,
  scope: PersonAccessScope,
  options: AccessOptions = {},
): Promise<PersonAccess> {
  if (user === null) throw signedOutRefused;
  if (!isId(personId)) throw personAccessDenied;
  if (user.personId !== null && user.personId === personId) return { personId, via: "self", grantId: null, scopes: [...ALL_SCOPES] };
  const now = options.now ?? new Date();
  const action = options.action ?? DEFAULT_ACTION[scope];

  if (user.personId !== null && isId(user.personId) && (await isGuardianOf(db, user.personId, personId, now))) {
    await logAccess(db, { actorUserId: user.userId, subjectPersonId: personId, via: "guardian", grantId: null, scope, action, at: now });
    return { personId, via: "guardian", grantId: null, scopes: [...ALL_SCOPES] };
  }

  if (scope === "manage_own" || !isId(user.userId)) throw personAccessDenied;
  const grant = await findUsableGrant(db, user.userId, personId, scope, now);
  if (grant === null) throw personAccessDenied;
  await logAccess(db, { actorUserId: user.userId, subjectPersonId: personId, via: "grant", grantId: grant.id, scope, action, at: now });
  return { personId, via: "grant", grantId: grant.id, scopes: grant.scopes };
}

/** True when the signed-in account may act for `personId` in some way, without logging. */
export async function isGuardianOf(db: Db, guardianPersonId: string, dependantPersonId: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ birthDate: people.birthDate })
    .from(guardianships)
    .innerJoin(people, eq(people.id, guardianships.dependantPersonId))
    .where(
      and(
        eq(guardianships.guardianPersonId, guardianPersonId),
        eq(guardianships.dependantPersonId, dependantPersonId),
        isNull(guardianships.endedAt),
      ),
    )
    .limit(1);
  // Guardianship lapses on the child's 16th birthday, without anyone having to end it.
  return row !== undefined && isDependantAge(row.birthDate, chinaDay(now));
}

async function findUsableGrant(db: Db, granteeUserId: string, grantorPersonId: string, scope: GrantScope, now: Date): Promise<{ id: string; scopes: GrantScope[] } | null> {
  const [row] = await db
    .select({ id: grants.id, scopes: grants.scopes })
    .from(grants)
    .where(
      and(
        eq(grants.grantorPersonId, grantorPersonId),
        eq(grants.granteeUserId, granteeUserId),
        isNull(grants.revokedAt),
        sql`${grants.acceptedAt} is not null`,
        lte(grants.validFrom, now),
        or(isNull(grants.validTo), gte(grants.validTo, now)),
        sql`${scope} = any(${grants.scopes})`,
      ),
    )
    .limit(1);
  return row ? { id: row.id, scopes: row.scopes as GrantScope[] } : null;
}

async function logAccess(db: Db, entry: typeof accessLog.$inferInsert): Promise<void> {
  await db.insert(accessLog).values(entry);
}

/**
 * A use the gate did not see, because it happened away from the app: a counter scanned a code a
 * family member showed (place, time), or settled a bill from the person's account under a grant
 * (the settlement: amount, for whom). Written by the counter in the same breath as the use.
 */
export async function recordCounterUse(
  db: Db,
  entry: { actorUserId: string; subjectPersonId: string; via: "grant" | "guardian"; grantId: string | null; action: "voucher.scan" | "account.pay"; facilityId: string | null; settlementId?: string; at: Date },
): Promise<void> {
  const scope: GrantScope = entry.action === "voucher.scan" ? "show_code" : "pay_from_account";
  await logAccess(db, { ...entry, scope, settlementId: entry.settlementId ?? null });
}
