import type { RequestIssue } from "@/lib/reimbursement";
import type { EstimateForm } from "./form-schema";

const WHAT_IF_PATHS: Record<string, string> = {
  "accumulators.deductiblePaid": "whatIf.deductiblePaid",
  "accumulators.policyScopeAmount": "whatIf.policyScopeAmount",
  "accumulators.fundPaid": "whatIf.fundPaid",
  "accumulators.criticalIllnessBurden": "whatIf.criticalIllnessBurden",
  "accumulators.assistancePaid": "whatIf.assistancePaid",
  "personalAccount.balance": "whatIf.accountBalance",
};

const VISIT_PATHS: Record<string, string> = {
  serviceDate: "serviceDate",
  "visit.disease": "visit",
  "visit.kind": "visit",
  "visit.admissionOfYear": "admissionOfYear",
  "visit.referralFrom.facilityLevel": "referralLevel",
  "visit.referralFrom.deductiblePaid": "referralDeductiblePaid",
  "visit.crossRegion": "crossRegion",
  "personalAccount.owner": "useAccount",
  items: "lines",
};

/**
 * The form field an engine issue belongs to ("items.2.amount" → "lines.3.unitPrice" when line 3
 * was the third non-blank line and came from the catalogue), or null for the form as a whole.
 */
export function formFieldOfIssue(issue: RequestIssue, form: EstimateForm, lineOfItem: readonly number[]): string | null {
  const path = issue.path;
  const item = /^items\.(\d+)(?:\.(\w+))?/.exec(path);
  if (item) {
    const line = lineOfItem[Number(item[1])];
    if (line === undefined) return "lines";
    const mode = form.lines[line]?.mode;
    const part = item[2];
    if (part === "amount" || part === "quantity") return `lines.${line}.${mode === "catalogue" ? (part === "quantity" ? "quantity" : "unitPrice") : "amount"}`;
    if (part === "code") return `lines.${line}.code`;
    if (part === "class") return `lines.${line}.${mode === "catalogue" ? "code" : "class"}`;
    if (part === "name") return `lines.${line}.name`;
    return `lines.${line}.amount`;
  }
  for (const [prefix, field] of Object.entries({ ...WHAT_IF_PATHS, ...VISIT_PATHS })) {
    if (path === prefix || path.startsWith(`${prefix}.`)) return field;
  }
  return null;
}
