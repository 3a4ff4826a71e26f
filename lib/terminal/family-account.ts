import "server-only";
import { eq } from "drizzle-orm";
import { sha256Hex } from "@/lib/auth";
import type { Db } from "@/lib/db";
import { devices } from "@/lib/db/schema";
import { DomainError } from "@/lib/errors";
import { familyAccountHolders, familyAccountsFor, type FamilyAccount, type LentAccount } from "@/lib/family";
import type { GrantRelation } from "@/lib/db/schema";

/**
 * 家庭共济 at the counter. After a scan the counter is offered, besides the patient's own account,
 * the relatives' accounts that may pay (lib/family familyAccountsFor: the account of whoever showed
 * the code, and accounts lent to them with a "pay from my personal account" grant), each under an
 * opaque reference bound to the scan's settlement token, so the counter never learns a person's id
 * and a reference is worth nothing for another scan. The settlement names one reference; a new
 * settlement checks it again, at that moment, against the same rules.
 */
export interface CounterFamilyAccount {
  /** What the settlement request names to pay from this account. */
  ref: string;
  /** The holder, masked, and who they are to the patient. */
  maskedName: string;
  gender: "female" | "male" | null;
  relation: GrantRelation | null;
}

export function familyAccountRef(settlementToken: string, accountPersonId: string): string {
  return sha256Hex(`family-account:${settlementToken}:${accountPersonId}`).slice(0, 32);
}

/** The account (and person) of the device that showed the code. */
async function showingAccount(db: Db, deviceId: string): Promise<{ userId: string; personId: string | null }> {
  const [device] = await db.select({ userId: devices.userId, personId: devices.personId }).from(devices).where(eq(devices.id, deviceId));
  if (!device) throw new DomainError("family_account_refused");
  return device;
}

/** The relatives' accounts offered for this scan. */
export async function familyAccountsAtCounter(
  db: Db,
  shownBy: { userId: string; personId: string | null },
  patientPersonId: string,
  settlementToken: string,
  day: string,
  now: Date,
  /** The accounts lent to whoever showed the code, read with the scan's statement. */
  lent: LentAccount[],
): Promise<CounterFamilyAccount[]> {
  const accounts = await familyAccountsFor(db, shownBy, patientPersonId, day, now, lent);
  return accounts.map((a) => ({ ref: familyAccountRef(settlementToken, a.accountPersonId), maskedName: a.maskedName, gender: a.gender, relation: a.relation }));
}

/**
 * Whose account a settlement's reference names: one the scan could have offered (see
 * familyAccountHolders), so that a retry of a settled bill names the same account and is answered
 * with the first settlement. Refused when the reference names none.
 */
export async function accountOfRef(db: Db, scan: { deviceId: string; personId: string }, settlementToken: string, ref: string): Promise<string> {
  const holders = await familyAccountHolders(db, await showingAccount(db, scan.deviceId), scan.personId);
  const holder = holders.find((id) => familyAccountRef(settlementToken, id) === ref);
  if (holder === undefined) throw new DomainError("family_account_refused");
  return holder;
}

/**
 * For a new settlement, in its transaction: the account may pay now — the grant still live, the
 * patient a close relative under the rule of the day of service, the holder an employee — with
 * the grant it is used under (null for the account of whoever showed the code). Refused otherwise.
 */
export async function familyAccountNow(
  db: Db,
  scan: { deviceId: string; personId: string },
  accountPersonId: string,
  day: string,
  now: Date,
): Promise<FamilyAccount & { granteeUserId: string }> {
  const shownBy = await showingAccount(db, scan.deviceId);
  const chosen = (await familyAccountsFor(db, shownBy, scan.personId, day, now)).find((a) => a.accountPersonId === accountPersonId);
  if (!chosen) throw new DomainError("family_account_refused");
  return { ...chosen, granteeUserId: shownBy.userId };
}
