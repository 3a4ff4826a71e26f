import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { alias } from "drizzle-orm/pg-core";
import { grants, people, users, type GrantRelation, type GrantScope } from "@/lib/db/schema";
import { maskPhone } from "@/lib/auth";
import { registeredRelations } from "./relations";
import type { Relative } from "./relative";
import { grantStatus, normaliseScopes, relationSeenByOther, type GrantStatus } from "./rules";
import { maskName } from "@/lib/privacy";
import { isId } from "@/lib/voucher";

export interface ActiveGrant {
  id: string;
  grantorPersonId: string;
  granteeUserId: string;
  scopes: GrantScope[];
  validFrom: Date;
  validTo: Date | null;
}

/** Why a grant cannot be used; the caller turns this into its own error. */
export type GrantRefusal = "not_found" | "revoked" | "not_accepted" | "not_yet_valid" | "expired" | "scope_missing" | "wrong_parties";

export interface GrantRequirement {
  /** The scope the action needs, e.g. "show_code". */
  scope: GrantScope;
  now: Date;
  /** When given, the grant must have been given by this person. */
  grantorPersonId?: string;
  /** When given, the grant must have been received by this account. */
  granteeUserId?: string;
}

/**
 * Checks a grant for one use, with the reason when it cannot be used. A grant works only
 * when it was accepted, is within its dates, is not revoked, carries the scope, and links
 * the expected two parties.
 */
export async function checkGrant(
  db: Db,
  grantId: string,
  need: GrantRequirement,
): Promise<{ ok: true; grant: ActiveGrant } | { ok: false; reason: GrantRefusal }> {
  if (!isId(grantId)) return { ok: false, reason: "not_found" };
  const [row] = await db.select().from(grants).where(eq(grants.id, grantId));
  if (!row) return { ok: false, reason: "not_found" };
  if (
    (need.grantorPersonId !== undefined && row.grantorPersonId !== need.grantorPersonId) ||
    (need.granteeUserId !== undefined && row.granteeUserId !== need.granteeUserId)
  ) {
    return { ok: false, reason: "wrong_parties" };
  }
  const now = need.now.getTime();
  if (row.revokedAt !== null && row.revokedAt.getTime() <= now) return { ok: false, reason: "revoked" };
  if (row.acceptedAt === null) return { ok: false, reason: "not_accepted" };
  if (row.validFrom.getTime() > now) return { ok: false, reason: "not_yet_valid" };
  if (row.validTo !== null && row.validTo.getTime() < now) return { ok: false, reason: "expired" };
  const scopes = row.scopes as GrantScope[];
  if (!scopes.includes(need.scope)) return { ok: false, reason: "scope_missing" };
  return {
    ok: true,
    grant: {
      id: row.id,
      grantorPersonId: row.grantorPersonId,
      granteeUserId: row.granteeUserId,
      scopes,
      validFrom: row.validFrom,
      validTo: row.validTo,
    },
  };
}

/** The grant when it may be used for `need` now, otherwise null. Creating, accepting and ending grants: grant-changes.ts. */
export async function findActiveGrant(db: Db, grantId: string, need: GrantRequirement): Promise<ActiveGrant | null> {
  const result = await checkGrant(db, grantId, need);
  return result.ok ? result.grant : null;
}

export interface GrantView {
  id: string;
  scopes: GrantScope[];
  status: GrantStatus;
  validFrom: string;
  validTo: string | null;
  acceptedAt: string | null;
  endedAt: string | null;
  /** Who ended it, as the reader sees it: themself or the other party (null while open). */
  endedBy: "me" | "them" | null;
  createdAt: string;
  /**
   * The other party as the reader knows them: for a grant given, the family member (their name
   * when their account has an insured person, their phone masked, who they are to the reader);
   * for one received, the person whose data it opens.
   */
  other: Relative & { maskedPhone: string | null };
  /** Received grants: the person whose data may be used. */
  grantorPersonId: string;
}

export interface GrantsOverview {
  given: GrantView[];
  received: GrantView[];
}

/** Grants the account's person gave and grants the account received, newest first, each read from the reader's side. */
export async function listGrants(db: Db, user: { userId: string; personId: string | null }, now: Date): Promise<GrantsOverview> {
  const granteePerson = alias(people, "grantee_person");
  const given =
    user.personId === null
      ? []
      : await db
          .select({ grant: grants, phone: users.phone, name: granteePerson.name, gender: granteePerson.gender })
          .from(grants)
          .innerJoin(users, eq(users.id, grants.granteeUserId))
          .leftJoin(granteePerson, eq(granteePerson.id, users.personId))
          .where(eq(grants.grantorPersonId, user.personId))
          .orderBy(desc(grants.createdAt));
  const received = await db
    .select({ grant: grants, name: people.name, gender: people.gender })
    .from(grants)
    .innerJoin(people, eq(people.id, grants.grantorPersonId))
    .where(eq(grants.granteeUserId, user.userId))
    .orderBy(desc(grants.createdAt));
  const registry = user.personId === null ? new Map<string, GrantRelation>() : await registeredRelations(db, user.personId, received.map((r) => r.grant.grantorPersonId));
  return {
    given: given.map((r) =>
      toView(r.grant, user.userId, now, {
        maskedName: r.name === null ? null : maskName(r.name),
        gender: r.gender,
        relation: r.grant.relation,
        maskedPhone: maskPhone(r.phone),
      }),
    ),
    received: received.map((r) =>
      toView(r.grant, user.userId, now, {
        maskedName: maskName(r.name),
        gender: r.gender,
        relation: r.grant.relation !== null ? relationSeenByOther(r.grant.relation) : (registry.get(r.grant.grantorPersonId) ?? null),
        maskedPhone: null,
      }),
    ),
  };
}

function toView(row: typeof grants.$inferSelect, readerUserId: string, now: Date, other: GrantView["other"]): GrantView {
  return {
    id: row.id,
    scopes: normaliseScopes(row.scopes as GrantScope[]),
    status: grantStatus(row, now),
    validFrom: row.validFrom.toISOString(),
    validTo: row.validTo?.toISOString() ?? null,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    endedAt: row.revokedAt?.toISOString() ?? null,
    endedBy: row.revokedAt === null ? null : row.revokedByUserId === readerUserId ? "me" : "them",
    createdAt: row.createdAt.toISOString(),
    other,
    grantorPersonId: row.grantorPersonId,
  };
}

/** A relative's code this account may show under an accepted "show code" grant (for the code screen's device store). */
export interface ShowCodeGrant {
  grantId: string;
  /** Whose code: the screens acting for this person open the code screen at it. */
  personId: string;
  voucherId: string;
  maskedName: string;
}

/** The grants the account may show codes under now. Listing them is not a use; each shown code is checked at the counter. */
export async function listShowCodeGrants(db: Db, granteeUserId: string, now: Date): Promise<ShowCodeGrant[]> {
  const rows = await db
    .select({ grant: grants, voucherId: people.voucherId, name: people.name })
    .from(grants)
    .innerJoin(people, eq(people.id, grants.grantorPersonId))
    .where(eq(grants.granteeUserId, granteeUserId));
  return rows
    .filter((r) => grantStatus(r.grant, now) === "active" && (r.grant.scopes as GrantScope[]).includes("show_code"))
    .map((r) => ({ grantId: r.grant.id, personId: r.grant.grantorPersonId, voucherId: r.voucherId, maskedName: maskName(r.name) }));
}
