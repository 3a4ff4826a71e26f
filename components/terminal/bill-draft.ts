/**
 * The bill as the clerk types it at the counter, and the settlement request it becomes. A line's
 * money is read by the one bill-line reader the server, the Estimate form and the API use
 * (lib/reimbursement bill-line.ts): quantity × unit price = the line's amount, in fen; full-width
 * digits and a leading ¥ are read; an empty, zero, too long or too large value is named.
 */
import { formatYuan, readLineMoney, MAX_LINE_NAME, type Fen, type IssueCode } from "@/lib/reimbursement/client";

export type ItemClass = "A" | "B" | "C";
export type VisitKind = "pharmacy" | "general_outpatient" | "chronic_outpatient" | "inpatient";

export interface BillLineDraft {
  key: number;
  /** A catalogue item's code: its class, class-B share and price limit apply. */
  code?: string;
  name: string;
  class: ItemClass;
  /** As typed. */
  quantity: string;
  /** Yuan, as typed. */
  unitPrice: string;
  /** The catalogue's price limit per unit, shown beside the line. */
  ceiling?: { fen: Fen; unit: string; unitEn: string };
}

export type DraftField = "name" | "quantity" | "unitPrice";

/** One problem of one line: its field and the code of its words (lib/reimbursement issues). */
export interface DraftProblem {
  line: number;
  field: DraftField;
  code: IssueCode | "name_required";
}

/** A line as the settlement request sends it: canonical text, so a resent bill is the same bill. */
export interface RequestLine {
  code?: string;
  name?: string;
  class?: ItemClass;
  quantity: number;
  unitPrice: string;
}

export interface ReadDraft {
  lines: RequestLine[];
  problems: DraftProblem[];
  /** Unit price × quantity of every readable line. */
  totalFen: Fen;
  /** Each line's amount, or null while it cannot be read. */
  amounts: Array<Fen | null>;
}

/** Reads every line: what can be sent, what is wrong (line by line, field by field), the total so far. */
export function readDraft(drafts: readonly BillLineDraft[]): ReadDraft {
  const lines: RequestLine[] = [];
  const problems: DraftProblem[] = [];
  const amounts: Array<Fen | null> = [];
  let totalFen = 0;
  drafts.forEach((draft, index) => {
    const line = index + 1;
    const name = draft.name.trim();
    if (!draft.code && name === "") problems.push({ line, field: "name", code: "name_required" });
    if (name.length > MAX_LINE_NAME) problems.push({ line, field: "name", code: "name_too_long" });
    const money = readLineMoney({ quantity: draft.quantity, unitPrice: draft.unitPrice });
    if (!money.ok) {
      for (const issue of money.issues) problems.push({ line, field: issue.field === "quantity" ? "quantity" : "unitPrice", code: issue.code });
      amounts.push(null);
      return;
    }
    totalFen += money.value.amountFen;
    amounts.push(money.value.amountFen);
    lines.push(
      draft.code
        ? { code: draft.code, quantity: money.value.quantity, unitPrice: formatYuan(money.value.unitPriceFen) }
        : { name, class: draft.class, quantity: money.value.quantity, unitPrice: formatYuan(money.value.unitPriceFen) },
    );
  });
  return { lines, problems, totalFen, amounts };
}

/** The settlement request's body for a verified scan (lib/terminal settlement-request.ts). */
export interface SettlementBody {
  settlementToken: string;
  visit: { kind: VisitKind; disease?: string };
  lines: RequestLine[];
  useAccount: boolean;
  /** 家庭共济 reference from the scan (familyAccounts[].ref). */
  familyAccount?: string;
  serviceDate?: string;
}
