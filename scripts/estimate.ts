// npm run --silent estimate -- [--explain] FILE|-
// One reimbursement estimate from a JSON request (docs/estimate-contract.md).
import { readFileSync } from "node:fs";
import { type CatalogueLookup, type RequestIssue, estimate, formatResponseJson, issue, policyIds } from "@/lib/reimbursement";

const HELP = `Usage: npm run --silent estimate -- [--explain] FILE
       npm run --silent estimate -- [--explain] -      (request on standard input)

Estimates what the medical-insurance funds pay and what the person pays for one
bill, from a JSON request, and prints one JSON settlement on standard output.

Request (amounts in yuan, at most two decimals, as numbers or strings):
  policy          ${policyIds().map((id) => `"${id}"`).join(" | ")},
                  or an inline policy object
  serviceDate     "YYYY-MM-DD" — selects the policy version in force that day
  person          { insurance: employee|resident, status: active|retired, age?, assistance? }
  visit           { kind: general_outpatient|chronic_outpatient|inpatient|pharmacy,
                    facilityLevel: 0-3, disease?, admissionOfYear?, referralFrom?,
                    crossRegion?, chosenClinic? }
  items           [{ name?, class: A|B|C (or code), unitPrice and quantity?, or amount,
                     selfPayRatio?, priceCeiling? }] — a line is unit price × quantity = amount
                     (quantity 1 when absent); give both only when they agree. priceCeiling is
                     per unit. Text amounts may have full-width digits or a leading ¥.
  accumulators    year to date before this bill (optional)
  personalAccount { balance, currentYearBalance?, use?, owner?: self|family } (optional)

Response: medfee_sumamt, fulamt_ownpay_amt, overlmt_selfpay, preselfpay_amt,
inscp_scp_amt, act_pay_dedc, hifp_pay, hifmi_pay, hifob_pay, maf_pay,
fund_pay_sumamt, psn_part_amt, acct_pay, acct_mulaid_pay, psn_cash_pay, balc,
policy, accumulatorsAfter, steps — amounts in yuan, exact to the fen.

Options:
  --explain   add the explanation in Chinese and English
  --help      show this text

Exit status: 0 settled; 2 invalid request or usage (stderr: {"error":"invalid_request","issues":[{path,message}]});
1 internal error (stderr: {"error":"internal_error"}).
Full contract: docs/estimate-contract.md; policy schema: docs/policy-schema.md.
`;

class InvalidRequest {
  constructor(readonly issues: RequestIssue[]) {}
}

function fail(issues: RequestIssue[]): never {
  throw new InvalidRequest(issues);
}

function readRequestText(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
    return fail([issue("", "unreadable_input", `${file === "-" ? "standard input" : file} (${reason})`)]);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return fail([issue("", "invalid_json", error instanceof SyntaxError ? error.message : undefined)]);
  }
}

/** The catalogue is loaded only when a line gives a code: most requests give classes, and start-up stays short. */
async function catalogueLookup(request: unknown): Promise<CatalogueLookup | undefined> {
  const items = request !== null && typeof request === "object" ? (request as { items?: unknown }).items : undefined;
  const anyCode = Array.isArray(items) && items.some((item: unknown) => item !== null && typeof item === "object" && "code" in item);
  if (!anyCode) return undefined;
  const { findCatalogueItem } = await import("@/lib/catalogue/client");
  return findCatalogueItem;
}

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(HELP);
    return 0;
  }
  const explain = args.includes("--explain");
  const rest = args.filter((arg) => arg !== "--explain");
  const unknownOption = rest.find((arg) => arg.startsWith("-") && arg !== "-");
  if (unknownOption !== undefined || rest.length !== 1 || rest[0] === undefined) {
    const problem = unknownOption !== undefined ? `unknown option ${unknownOption}` : "give exactly one FILE, or - for standard input";
    process.stderr.write(`${JSON.stringify({ error: "usage", message: `${problem}; see --help` })}\n`);
    return 2;
  }
  const request = parseJson(readRequestText(rest[0]));
  const withExplain = explain && request !== null && typeof request === "object" && !Array.isArray(request) ? { ...request, explain: true } : request;
  const result = estimate(withExplain, { lookupItem: await catalogueLookup(request) });
  if (!result.ok) fail(result.issues);
  process.stdout.write(`${formatResponseJson(result.response)}\n`);
  return 0;
}

// A reader that closes the pipe early (| head) is not an error worth a stack trace.
process.stdout.on("error", () => {
  process.exitCode ??= 0;
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof InvalidRequest) {
      const issues = error.issues.map(({ path, code, message }) => ({ path, message, code }));
      process.stderr.write(`${JSON.stringify({ error: "invalid_request", issues }, null, 2)}\n`);
      process.exitCode = 2;
    } else {
      // Never a stack trace: the details of an unexpected failure are not part of the contract.
      process.stderr.write(`${JSON.stringify({ error: "internal_error" })}\n`);
      process.exitCode = 1;
    }
  },
);
