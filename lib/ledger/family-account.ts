import "server-only";
import { authorisePersonAccess, type AccessingUser } from "@/lib/family";
import type { Db } from "@/lib/db";
import { settle, type SettleResult } from "./settle";
import type { SettleInput } from "./settle-input";

/**
 * 家庭共济 needs two consents: the account may act for the patient (own bill, or a dependant
 * child's), and the account holder allowed this account to pay from their personal account
 * (a "pay_from_account" grant, or the holder is the account itself). The ledger then checks the
 * policy (close relative, employee account) and records whose account paid for whom.
 */
export async function authoriseFamilyAccount(
  db: Db,
  user: AccessingUser | null,
  patientPersonId: string,
  accountPersonId: string,
  now: Date,
): Promise<void> {
  await authorisePersonAccess(db, user, patientPersonId, "estimate", { action: "family_account.patient", now });
  if (accountPersonId !== patientPersonId) {
    await authorisePersonAccess(db, user, accountPersonId, "pay_from_account", { action: "family_account.pay", now });
  }
}

/** Settles a bill for `input.personId`, drawing on `accountPersonId`'s personal account. */
export async function settleWithFamilyAccount(
  db: Db,
  user: AccessingUser | null,
  input: SettleInput & { accountPersonId: string },
): Promise<SettleResult> {
  await authoriseFamilyAccount(db, user, input.personId, input.accountPersonId, input.now);
  return settle(db, { ...input, useAccount: true });
}
