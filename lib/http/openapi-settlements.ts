/**
 * OpenAPI paths and schemas of the terminal's settlement endpoints (lib/terminal), merged into
 * lib/api/openapi.ts. Amounts are yuan exact to the fen, under the national interface's names.
 */

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const settlementResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/TerminalSettlement" } } },
});

const amountFields = [
  "medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay", "preselfpay_amt", "inscp_scp_amt", "act_pay_dedc", "hifp_pay",
  "hifmi_pay", "hifob_pay", "maf_pay", "fund_pay_sumamt", "psn_part_amt", "acct_pay", "acct_mulaid_pay", "psn_cash_pay", "balc",
] as const;

const yuan = { oneOf: [{ type: "number", multipleOf: 0.01, minimum: 0 }, { type: "string", pattern: "^\\d+(\\.\\d{1,2})?$" }] } as const;
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } } as const;

export const settlementPaths = {
  "/api/v1/terminal/settlements": {
    post: {
      tags: ["settlements"],
      operationId: "createSettlement",
      summary: "Settle a bill after a verified scan · 结算",
      description:
        "Spends the scan's one-time settlement token and settles the bill against the person's year-to-date ledger " +
        "at the terminal's own facility, in one transaction. The same `Idempotency-Key` (per terminal) returns the first " +
        "settlement with 200 and `Idempotent-Replayed: true`; a different bill under a used key is refused (409). A failed " +
        "settlement leaves the token usable.",
      parameters: [{ name: "Idempotency-Key", in: "header", required: true, schema: { type: "string", minLength: 8, maxLength: 200 } }],
      requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/TerminalSettlementRequest" } } } },
      responses: {
        "201": settlementResponse("Settled."),
        "200": settlementResponse("A retry of a request already settled under this Idempotency-Key; nothing new was written."),
        "400": error("invalid_request, invalid_settlement_request: the header or body is not valid."),
        "401": error("terminal_key_missing, terminal_key_invalid, terminal_revoked, settlement_token_invalid."),
        "403": error("terminal_without_facility, family_account_refused."),
        "409": error("idempotency_key_reused, settlement_token_used."),
        "410": error("settlement_token_expired."),
        "422": error("chronic_not_approved and other rules that refuse this bill for this person."),
        "429": error("rate_limited (120 a minute per terminal), with Retry-After."),
      },
    },
  },
  "/api/v1/terminal/settlements/{id}": {
    get: {
      tags: ["settlements"],
      operationId: "getSettlement",
      summary: "A settlement made at this terminal's facility",
      parameters: [idParameter],
      responses: { "200": settlementResponse("The settlement."), "401": error("Terminal key problems."), "404": error("settlement_not_found: no such settlement at this facility.") },
    },
  },
  "/api/v1/terminal/settlements/{id}/reversal": {
    post: {
      tags: ["settlements"],
      operationId: "reverseSettlement",
      summary: "Reverse a mistaken settlement, once · 冲正",
      description: "Restores the person's year-to-date figures and personal account exactly. A second reversal is refused.",
      parameters: [idParameter],
      requestBody: {
        required: true,
        content: { "application/json": { schema: { type: "object", required: ["reason"], properties: { reason: { type: "string", minLength: 1, maxLength: 200 } }, additionalProperties: false } } },
      },
      responses: {
        "200": settlementResponse("Reversed (status \"reversed\")."),
        "401": error("Terminal key problems."),
        "404": error("settlement_not_found."),
        "409": error("already_reversed."),
      },
    },
  },
} as const;

export const settlementSchemas = {
  TerminalSettlementRequest: {
    type: "object",
    required: ["settlementToken", "visit", "lines"],
    additionalProperties: false,
    properties: {
      settlementToken: { type: "string", description: "From the verify response; one settlement, this terminal, 10 minutes." },
      visit: {
        type: "object",
        required: ["kind"],
        additionalProperties: false,
        properties: {
          kind: { enum: ["general_outpatient", "chronic_outpatient", "inpatient", "pharmacy"] },
          disease: { type: "string", description: "chronic_outpatient: the approved disease" },
          referralFrom: { type: "object", properties: { facilityLevel: { enum: [0, 1, 2, 3] }, deductiblePaid: yuan } },
        },
      },
      lines: {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          required: ["amount"],
          additionalProperties: false,
          description: "A catalogue `code`, or a `class` (A, B, C) for a line outside the catalogue.",
          properties: { code: { type: "string" }, name: { type: "string" }, class: { enum: ["A", "B", "C"] }, quantity: { type: "integer", minimum: 1 }, amount: yuan },
        },
      },
      useAccount: { type: "boolean", default: true },
      familyAccount: {
        type: "string",
        pattern: "^[0-9a-f]{32}$",
        description: "家庭共济: pay the personal share from a relative's account, one of the verify response's `familyAccounts[].ref`; implies useAccount. Checked again when settling (403 `family_account_refused`).",
      },
      serviceDate: { type: "string", format: "date", description: "Defaults to today (China time)." },
    },
  },
  TerminalSettlement: {
    type: "object",
    required: ["id", "status", "serviceDate", "createdAt", "maskedName", "policy", "amounts", "lines", "explanation", "reversal"],
    properties: {
      id: { type: "string", format: "uuid" },
      status: { enum: ["settled", "reversed"] },
      serviceDate: { type: "string", format: "date" },
      createdAt: { type: "string", format: "date-time" },
      maskedName: { type: "string" },
      policy: { type: "object", properties: { id: { type: "string" }, version: { type: "string" }, source: { type: "string" } } },
      amounts: { type: "object", required: [...amountFields], properties: Object.fromEntries(amountFields.map((f) => [f, { type: "number" }])) },
      lines: { type: "array", items: { type: "object" } },
      explanation: { type: "object", properties: { zh: { type: "array", items: { type: "string" } }, en: { type: "array", items: { type: "string" } } } },
      reversal: { oneOf: [{ type: "null" }, { type: "object", properties: { reversedAt: { type: "string", format: "date-time" }, reason: { type: "string" } } }] },
    },
  },
} as const;
