import "server-only";
import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/lib/db";
import { accountEntries, facilities, people, settlements, type AccountEntryKind, type RelationKind } from "@/lib/db/schema";
import { registeredRelations } from "@/lib/family";
import { maskName } from "@/lib/privacy";

/** One personal-account entry as the account holder sees it. */
export interface AccountEntryDto {
  id: string;
  kind: AccountEntryKind;
  /** Signed: money in is positive, a payment negative. */
  amountFen: number;
  /** ISO instant. */
  createdAt: string;
  /** For whom the account paid: the holder, or a relative through 家庭共济 (masked name, who they are to the holder); null for money in. */
  beneficiary: { self: true } | { self: false; maskedName: string; gender: "female" | "male"; relation: RelationKind | null } | null;
  settlementId: string | null;
  /** Where the holder was treated (not shown for a relative's bill). */
  facility: { name: string; nameEn: string } | null;
  serviceDate: string | null;
}

const beneficiaries = alias(people, "beneficiary");

/** The latest entries of a person's personal account, newest first. */
export async function listAccountEntries(db: Db, accountPersonId: string, limit: number): Promise<AccountEntryDto[]> {
  const rows = await db
    .select({
      id: accountEntries.id,
      kind: accountEntries.kind,
      amountFen: accountEntries.amountFen,
      createdAt: accountEntries.createdAt,
      beneficiaryId: accountEntries.beneficiaryPersonId,
      beneficiaryName: beneficiaries.name,
      beneficiaryGender: beneficiaries.gender,
      settlementId: accountEntries.settlementId,
      facilityName: facilities.name,
      facilityNameEn: facilities.nameEn,
      serviceDate: settlements.serviceDate,
    })
    .from(accountEntries)
    .leftJoin(beneficiaries, eq(beneficiaries.id, accountEntries.beneficiaryPersonId))
    .leftJoin(settlements, eq(settlements.id, accountEntries.settlementId))
    .leftJoin(facilities, eq(facilities.id, settlements.facilityId))
    .where(eq(accountEntries.accountPersonId, accountPersonId))
    .orderBy(desc(accountEntries.createdAt), desc(accountEntries.id))
    .limit(Math.max(1, Math.min(100, limit)));
  const relatives = [...new Set(rows.map((r) => r.beneficiaryId).filter((id): id is string => id !== null && id !== accountPersonId))];
  const relations = await registeredRelations(db, accountPersonId, relatives);
  return rows.map((row) => {
    const forSelf = row.beneficiaryId === accountPersonId;
    return {
      id: row.id,
      kind: row.kind,
      amountFen: row.amountFen,
      createdAt: row.createdAt.toISOString(),
      beneficiary:
        row.beneficiaryId === null
          ? null
          : forSelf
            ? { self: true }
            : { self: false, maskedName: maskName(row.beneficiaryName ?? ""), gender: row.beneficiaryGender ?? "female", relation: relations.get(row.beneficiaryId) ?? null },
      settlementId: row.settlementId,
      // Where a relative was treated is the relative's own medical information: only the amount is shown.
      facility: forSelf && row.facilityName !== null && row.facilityNameEn !== null ? { name: row.facilityName, nameEn: row.facilityNameEn } : null,
      serviceDate: row.serviceDate,
    };
  });
}
