import type { LedgerSettlement } from "@/lib/ledger";
import { toYuanNumber, unitPriceOf, type SettlementAmounts, type VisitKind } from "@/lib/reimbursement";

type Bilingual = { zh: string; en: string };

/**
 * A settlement as the counter sees it and prints it: national field names in yuan, exact to the
 * fen; where, by which till and when; the person masked with the insurance the bill was settled
 * under; each line with quantity × unit price = amount.
 */
export interface TerminalSettlementDto {
  id: string;
  status: "settled" | "reversed";
  serviceDate: string;
  createdAt: string;
  maskedName: string;
  /** The enrolment in force on the day of service: the insurance the bill was settled under. */
  person: {
    insurance: "employee" | "resident" | null;
    employeeStatus: "active" | "retired" | null;
    region: { code: string; name: string; nameEn: string } | null;
  };
  facility: { name: string; nameEn: string };
  terminal: { name: string } | null;
  visit: { kind: VisitKind; disease: ({ id: string } & Bilingual) | null };
  policy: { id: string; version: string; source: string };
  amounts: Record<keyof SettlementAmounts, number>;
  lines: Array<{ lineNo: number; code: string | null; name: string | null; class: "A" | "B" | "C"; quantity: number; unitPrice: number | null; amount: number }>;
  explanation: { zh: string[]; en: string[] };
  reversal: { reversedAt: string; reason: string } | null;
}

/** What the settlement row does not hold: names of the place, the till and the person's enrolment. */
export interface SettlementSurroundings {
  maskedName: string;
  person: TerminalSettlementDto["person"];
  facility: TerminalSettlementDto["facility"];
  terminal: TerminalSettlementDto["terminal"];
  diseaseLabel: Bilingual | null;
}

/**
 * The amounts in the national interface's order. A settlement just written and the same one read
 * back (whose stored JSON has its keys in the database's order) must give the same answer byte
 * for byte, so the answer never follows an object's own key order.
 */
const AMOUNT_FIELDS = [
  "medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay", "preselfpay_amt", "inscp_scp_amt", "act_pay_dedc", "hifp_pay", "hifmi_pay",
  "hifob_pay", "maf_pay", "fund_pay_sumamt", "psn_part_amt", "acct_pay", "acct_mulaid_pay", "psn_cash_pay", "balc",
] as const satisfies ReadonlyArray<keyof SettlementAmounts>;
// Every field, once: a field added to SettlementAmounts and not here fails to compile.
const _everyAmountField: Record<keyof SettlementAmounts, true> = Object.fromEntries(AMOUNT_FIELDS.map((f) => [f, true])) as Record<(typeof AMOUNT_FIELDS)[number], true>;

export function toTerminalSettlementDto(settlement: LedgerSettlement, around: SettlementSurroundings): TerminalSettlementDto {
  const amounts = Object.fromEntries(AMOUNT_FIELDS.map((field) => [field, toYuanNumber(settlement.amounts[field])])) as TerminalSettlementDto["amounts"];
  const disease = settlement.visit.disease;
  return {
    id: settlement.id,
    status: settlement.status,
    serviceDate: settlement.serviceDate,
    createdAt: settlement.createdAt,
    maskedName: around.maskedName,
    person: around.person,
    facility: around.facility,
    terminal: around.terminal,
    visit: { kind: settlement.visit.kind, disease: disease ? { id: disease, ...(around.diseaseLabel ?? { zh: disease, en: disease }) } : null },
    policy: { id: settlement.policy.id, version: settlement.policy.version, source: settlement.policy.source },
    amounts,
    lines: settlement.lines.map((l) => {
      const unitPrice = unitPriceOf(l);
      return { lineNo: l.lineNo, code: l.code, name: l.name, class: l.itemClass, quantity: l.quantity, unitPrice: unitPrice === null ? null : toYuanNumber(unitPrice), amount: toYuanNumber(l.amountFen) };
    }),
    explanation: { zh: settlement.explanation.zh, en: settlement.explanation.en },
    reversal: settlement.reversal ? { reversedAt: settlement.reversal.reversedAt, reason: settlement.reversal.reason } : null,
  };
}
