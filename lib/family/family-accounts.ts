import "server-only";
import { and, eq, gte, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { fromJson, jsonRow, type Db, type SqlValue } from "@/lib/db";
import { grants, people } from "@/lib/db/schema";
import { inverseRelation } from "@/lib/reimbursement";
import { maskName } from "@/lib/privacy";
import { insuranceOn, registeredRelation } from "./relations";
import type { Relative } from "./relative";
import { mutualAidRefusal } from "./rules";

/** A personal account that may pay a relative's bill (家庭共济), as the counter offers it. */
export interface FamilyAccount extends Relative {
  /** Whose account. */
  accountPersonId: string;
  maskedName: string;
  /** The "pay from my account" grant it is used under; null for the account of the person at the counter. */
  grantId: string | null;
}

/**
 * The accounts other than the patient's own that may pay the patient's bill, when the code was
 * shown from `user`'s phone: the user's own person's account, and the accounts of those who gave
 * the user a live "pay from my personal account" grant — each only if its holder is an employee
 * and the patient is the holder's close relative in the family registry on `day` (the national
 * rule of that day, lib/reimbursement FAMILY_MUTUAL_AID). `relation` is who the holder is to the
 * patient (the clerk asks "whose account?"). The ledger checks the policy again when it settles.
 */
export async function familyAccountsFor(
  db: Db,
  user: { userId: string; personId: string | null },
  patientPersonId: string,
  day: string,
  now: Date,
  /** The user's live "pay from my account" grants, when the caller read them with its own statement (lentAccountsJson). */
  lentAlready?: LentAccount[],
): Promise<FamilyAccount[]> {
  const lent = lentAlready ?? (await db.select({ grantId: grants.id, holder: grants.grantorPersonId }).from(grants).where(liveLendingGrants(user.userId, now)));
  const candidates = [
    ...(user.personId === null ? [] : [{ holder: user.personId, grantId: null as string | null }]),
    ...lent,
  ].filter((c, i, all) => c.holder !== patientPersonId && all.findIndex((o) => o.holder === c.holder) === i);
  if (candidates.length === 0) return [];

  const holders = await db
    .select({ id: people.id, name: people.name, gender: people.gender })
    .from(people)
    .where(inArray(people.id, candidates.map((c) => c.holder)));
  const accounts: FamilyAccount[] = [];
  for (const candidate of candidates) {
    const holder = holders.find((h) => h.id === candidate.holder);
    const relation = await registeredRelation(db, candidate.holder, patientPersonId);
    if (!holder || relation === null) continue;
    if (mutualAidRefusal({ relation, holderInsurance: await insuranceOn(db, candidate.holder, day) }, day) !== null) continue;
    accounts.push({ accountPersonId: holder.id, maskedName: maskName(holder.name), gender: holder.gender, relation: inverseRelation(relation), grantId: candidate.grantId });
  }
  return accounts;
}

/** A live "pay from my personal account" grant to a user: its id and whose account it lends. */
export interface LentAccount {
  grantId: string;
  holder: string;
}

/** The grants to `granteeUserId` that lend an account now: accepted, not revoked, within their dates. */
function liveLendingGrants(granteeUserId: SqlValue<string>, now: SqlValue<Date>): SQL {
  return and(
    eq(grants.granteeUserId, granteeUserId),
    isNull(grants.revokedAt),
    sql`${grants.acceptedAt} is not null`,
    lte(grants.validFrom, now),
    or(isNull(grants.validTo), gte(grants.validTo, now)),
    sql`'pay_from_account' = any(${grants.scopes})`,
  )!;
}

/**
 * familyAccountsFor's first read as one JSON array, to read within a larger statement (the
 * counter's scan reads it with everything else it shows); lentAccountsFromJson reads it back.
 * `now` is an ISO timestamp (or a placeholder for one).
 */
export function lentAccountsJson(granteeUserId: SqlValue<string>, now: SqlValue<string>): SQL {
  const at = sql`${now}::timestamptz`;
  return sql`(select coalesce(json_agg(${jsonRow({ grantId: grants.id, holder: grants.grantorPersonId })}), '[]') from ${grants} where ${liveLendingGrants(granteeUserId, at)})`;
}

export function lentAccountsFromJson(value: unknown): LentAccount[] {
  return fromJson<LentAccount[]>(value);
}

/**
 * Whose accounts a scan shown from `user`'s phone could ever have offered for `patientPersonId`:
 * the user's person and everyone who lent the user their account, whatever the grant's state now.
 * Only to recognise a reference again (a retry of a settled bill names the same account); whether
 * an account may pay is {@link familyAccountsFor}'s answer at the time.
 */
export async function familyAccountHolders(db: Db, user: { userId: string; personId: string | null }, patientPersonId: string): Promise<string[]> {
  const lent = await db
    .select({ holder: grants.grantorPersonId })
    .from(grants)
    .where(and(eq(grants.granteeUserId, user.userId), sql`'pay_from_account' = any(${grants.scopes})`));
  const holders = [...(user.personId === null ? [] : [user.personId]), ...lent.map((l) => l.holder)];
  return [...new Set(holders)].filter((holder) => holder !== patientPersonId);
}
