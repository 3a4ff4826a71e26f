import "server-only";
import type { Db } from "@/lib/db";
import { listShowCodeGrants, type ShowCodeGrant } from "./grants";
import { listGuardianCodes } from "./guardian-codes";

/** Relatives' codes the account may show on its code screen: under "show code" grants, and its dependant children's. */
export async function showableCodes(db: Db, userId: string, now: Date): Promise<ShowCodeGrant[]> {
  const [granted, dependants] = await Promise.all([listShowCodeGrants(db, userId, now), listGuardianCodes(db, userId, now)]);
  return [...granted, ...dependants];
}
