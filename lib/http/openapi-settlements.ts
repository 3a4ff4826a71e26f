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
/** A bill line's money as typed: full-width digits, a leading ¥ and grouping commas are read; more than 0. */
const typedYuan = { oneOf: [{ type: "number", multipleOf: 0.01, exclusiveMinimum: 0 }, { type: "string", maxLength: 24 }] } as const;
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } } as const;

export const settlementPaths = {
  "/api/v1/terminal/settlements": {
    post: {
      tags: ["settlements"],
      operationId: "createSettlement",
      summary: "Settle a bill after a verified scan · 结算",
      description:
        "Spends the scan's one-time settlement token and settles the bill against the person's year-to-date ledger " +
        "at the terminal's own facility, in one transaction. A retry with the same `Idempotency-Key` (per terminal) and " +
        "the same body — concurrent with the first or later, even after the token expired — returns the first settlement " +
        "with 200 and `Idempotent-Replayed: true`, waiting for it while it is being written; retries do not count against " +
        "the rate limit. A different bill under a used key is refused (409). A failed settlement leaves the token usable. " +
        "The day of service is today in China, or one of the last SETTLEMENT_BACKDATE_DAYS days of the same year.",
      parameters: [{ name: "Idempotency-Key", in: "header", required: true, schema: { type: "string", minLength: 8, maxLength: 200 } }],
      requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/TerminalSettlementRequest" } } } },
      responses: {
        "201": settlementResponse("Settled."),
        "200": settlementResponse("A retry of a request already settled under this Idempotency-Key; nothing new was written."),
        "400": error("invalid_request, invalid_settlement_request: the header or body is not valid; service_date_in_future."),
        "401": error("terminal_key_missing, terminal_key_invalid, terminal_revoked, settlement_token_invalid."),
        "403": error("terminal_without_facility, family_account_refused."),
        "409": error("idempotency_key_reused, settlement_token_used."),
        "410": error("settlement_token_expired."),
        "422": error("service_date_not_today, service_date_too_early, service_date_previous_year; chronic_not_approved and other rules that refuse this bill for this person."),
        "429": error("rate_limited (120 new settlements a minute per terminal; retries answered with the first settlement do not count), with Retry-After."),
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
          additionalProperties: false,
          description:
            "A catalogue `code`, or a `class` (A, B, C) for a line outside the catalogue; `unitPrice` × `quantity` = the line's amount " +
            "(give `unitPrice`, or `amount` — a whole number of fen per unit — or both when they agree). The catalogue's price limit is per unit.",
          properties: {
            code: { type: "string" },
            name: { type: "string", maxLength: 100 },
            class: { enum: ["A", "B", "C"] },
            quantity: { oneOf: [{ type: "integer", minimum: 1, maximum: 100000 }, { type: "string" }], default: 1 },
            unitPrice: typedYuan,
            amount: typedYuan,
          },
        },
      },
      useAccount: { type: "boolean", default: true },
      familyAccount: {
        type: "string",
        pattern: "^[0-9a-f]{32}$",
        description: "家庭共济: pay the personal share from a relative's account, one of the verify response's `familyAccounts[].ref`; implies useAccount. Checked again when settling (403 `family_account_refused`).",
      },
      serviceDate: { type: "string", format: "date", description: "Defaults to today (China time); a retry without it is the same request after midnight too." },
    },
  },
  TerminalSettlement: {
    type: "object",
    required: ["id", "status", "serviceDate", "createdAt", "maskedName", "person", "facility", "terminal", "visit", "policy", "amounts", "lines", "explanation", "reversal"],
    properties: {
      id: { type: "string", format: "uuid" },
      status: { enum: ["settled", "reversed"] },
      serviceDate: { type: "string", format: "date" },
      createdAt: { type: "string", format: "date-time" },
      maskedName: { type: "string" },
      person: {
        type: "object",
        description: "The enrolment in force on the day of service",
        properties: {
          insurance: { enum: ["employee", "resident", null] },
          employeeStatus: { enum: ["active", "retired", null] },
          region: { oneOf: [{ type: "null" }, { type: "object", properties: { code: { type: "string" }, name: { type: "string" }, nameEn: { type: "string" } } }] },
        },
      },
      facility: { type: "object", properties: { name: { type: "string" }, nameEn: { type: "string" } } },
      terminal: { oneOf: [{ type: "null" }, { type: "object", properties: { name: { type: "string" } } }] },
      visit: { type: "object", properties: { kind: { type: "string" }, disease: { oneOf: [{ type: "null" }, { type: "object", properties: { id: { type: "string" }, zh: { type: "string" }, en: { type: "string" } } }] } } },
      policy: { type: "object", properties: { id: { type: "string" }, version: { type: "string" }, source: { type: "string" } } },
      amounts: { type: "object", required: [...amountFields], properties: Object.fromEntries(amountFields.map((f) => [f, { type: "number" }])) },
      lines: {
        type: "array",
        items: {
          type: "object",
          properties: {
            lineNo: { type: "integer" }, code: { type: ["string", "null"] }, name: { type: ["string", "null"] }, class: { enum: ["A", "B", "C"] },
            quantity: { type: "integer" }, unitPrice: { type: ["number", "null"] }, amount: { type: "number", description: "unitPrice × quantity" },
          },
        },
      },
      explanation: { type: "object", properties: { zh: { type: "array", items: { type: "string" } }, en: { type: "array", items: { type: "string" } } } },
      reversal: { oneOf: [{ type: "null" }, { type: "object", properties: { reversedAt: { type: "string", format: "date-time" }, reason: { type: "string" } } }] },
    },
  },
} as const;
