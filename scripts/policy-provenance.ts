// npm run --silent policy:provenance -- [--json] [POLICY_ID …]
// Every value of the shipped policies with its dates, its source and whether it is verified.
import { type PolicyProvenance, everyProvenance, NATIONAL_RULES_ID, policyIds, provenanceById } from "@/lib/reimbursement";

const knownIds = () => [...policyIds(), NATIONAL_RULES_ID];

const HELP = `Usage: npm run --silent policy:provenance -- [--json] [POLICY_ID …]

Lists every value of the shipped policies (all of them, or those named): the
dates it is in force, the document it comes from, and whether it is verified
(published and cited) or unverified (relayed or a demo value, with the reason).

  --json   one JSON array of policies, each with its entries
  --help   this text

Policies: ${policyIds().join(", ")}; ${NATIONAL_RULES_ID}: the national rules
`;

function text(policy: PolicyProvenance): string {
  const lines = [
    `${policy.id} ${policy.name.zh} ${policy.name.en}`,
    `  source: ${policy.source}`,
    `  ${policy.verifiedCount} verified, ${policy.unverifiedCount} unverified`,
  ];
  for (const entry of policy.entries) {
    const dates = `${entry.from} → ${entry.until ?? "in force"}`;
    lines.push(`  ${entry.verified ? "verified  " : "UNVERIFIED"}  ${dates}  ${entry.path}  (${entry.label.en})`);
    lines.push(`      value:  ${JSON.stringify(entry.value)}`);
    lines.push(`      source: ${entry.source}`);
    if (entry.note) lines.push(`      note:   ${entry.note}`);
  }
  return lines.join("\n");
}

function main(args: string[]): number {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(HELP);
    return 0;
  }
  const json = args.includes("--json");
  const ids = args.filter((arg) => arg !== "--json");
  const unknown = ids.filter((arg) => arg.startsWith("-") || !knownIds().includes(arg));
  if (unknown.length > 0) {
    process.stderr.write(`${JSON.stringify({ error: "usage", message: `unknown policy or option: ${unknown.join(", ")}; see --help` })}\n`);
    return 2;
  }
  const policies = ids.length === 0 ? everyProvenance() : ids.flatMap((id) => provenanceById(id) ?? []);
  process.stdout.write(json ? `${JSON.stringify(policies, null, 2)}\n` : `${policies.map(text).join("\n\n")}\n`);
  return 0;
}

process.stdout.on("error", () => {
  process.exitCode ??= 0;
});
process.exitCode = main(process.argv.slice(2));
