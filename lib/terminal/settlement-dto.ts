import type { LedgerSettlement } from "@/lib/ledger";
import { toYuanNumber, type SettlementAmounts } from "@/lib/reimbursement";

/** A settlement as the counter sees it: national field names in yuan, exact to the fen. */
export interface TerminalSettlementDto {
  id: string;
  status: "settled" | "reversed";
  serviceDate: string;
  createdAt: string;
  maskedName: string;
  policy: { id: string; version: string; source: string };
  amounts: Record<keyof SettlementAmounts, number>;
  lines: Array<{ lineNo: number; code: string | null; name: string | null; class: "A" | "B" | "C"; quantity: number; amount: number }>;
  explanation: { zh: string[]; en: string[] };
  reversal: { reversedAt: string; reason: string } | null;
}

export function toTerminalSettlementDto(settlement: LedgerSettlement, maskedName: string): TerminalSettlementDto {
  const amounts = Object.fromEntries(
    Object.entries(settlement.amounts).map(([field, fen]) => [field, toYuanNumber(fen)]),
  ) as TerminalSettlementDto["amounts"];
  return {
    id: settlement.id,
    status: settlement.status,
    serviceDate: settlement.serviceDate,
    createdAt: settlement.createdAt,
    maskedName,
    policy: { id: settlement.policy.id, version: settlement.policy.version, source: settlement.policy.source },
    amounts,
    lines: settlement.lines.map((l) => ({ lineNo: l.lineNo, code: l.code, name: l.name, class: l.itemClass, quantity: l.quantity, amount: toYuanNumber(l.amountFen) })),
    explanation: settlement.explanation,
    reversal: settlement.reversal ? { reversedAt: settlement.reversal.reversedAt, reason: settlement.reversal.reason } : null,
  };
}
