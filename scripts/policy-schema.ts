// npm run --silent policy:schema — the policy schema as JSON Schema (docs/policy-schema.md explains it).
import { z } from "zod";
import { policySchema } from "@/lib/reimbursement";

const jsonSchema = z.toJSONSchema(policySchema, {
  io: "input",
  // Amounts and ratios are checked by custom functions; their JSON form is a number or a decimal string.
  unrepresentable: "any",
  override: (context) => {
    if (context.zodSchema._zod.def.type === "custom") context.jsonSchema.anyOf = [{ type: "number" }, { type: "string" }];
  },
});

process.stdout.write(
  `${JSON.stringify(
    { ...jsonSchema, $id: "https://yibao-pass.example/schemas/policy.json", title: "Yibao Pass regional medical-insurance policy", description: "See docs/policy-schema.md" },
    null,
    2,
  )}\n`,
);
