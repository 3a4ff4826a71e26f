import packageJson from "@/package.json";
import { settlementPaths, settlementSchemas } from "./openapi-settlements";

/**
 * The OpenAPI 3.1 description of the machine-facing API, served at GET /api/v1/openapi.json
 * and explained in docs/api.md. Hand-written so that every word a terminal vendor reads is
 * deliberate; test/unit/api/openapi.test.ts keeps it consistent with the code's error codes.
 * The settlement endpoints live in openapi-settlements.ts.
 */

const errorMessage = {
  type: "object",
  required: ["zh", "en"],
  properties: { zh: { type: "string" }, en: { type: "string" } },
  additionalProperties: false,
} as const;

function errorResponse(description: string, codes: readonly string[]) {
  return {
    description,
    content: {
      "application/json": {
        schema: {
          allOf: [
            { $ref: "#/components/schemas/Error" },
            { type: "object", properties: { error: { type: "object", properties: { code: { enum: codes } } } } },
          ],
        },
      },
    },
  };
}

/** Error codes of POST /api/v1/terminal/vouchers/verify, by HTTP status. */
export const VERIFY_ERROR_CODES = {
  400: ["invalid_request", "malformed"],
  401: ["terminal_key_missing", "terminal_key_invalid", "terminal_revoked", "bad_signature", "unknown_device"],
  403: ["device_revoked", "code_not_authorised", "grant_revoked", "grant_expired", "grant_not_valid"],
  409: ["code_already_used"],
  410: ["expired"],
  413: ["request_too_large"],
  422: ["not_yet_valid"],
  429: ["rate_limited"],
  500: ["internal_error"],
} as const;

const nullableString = { type: ["string", "null"] } as const;

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Yibao Pass API · 医保通接口",
    version: packageJson.version,
    summary: "Counter terminals verify e-voucher codes (医保电子凭证) and settle bills.",
    description:
      "Terminals authenticate with `Authorization: Bearer <terminal key>`. Every error has the shape " +
      "`{ \"error\": { \"code\": \"...\", \"message\": { \"zh\": \"...\", \"en\": \"...\" } } }`; `code` is stable, " +
      "`message` is for people. Responses are never cached (`Cache-Control: no-store`). See docs/api.md.",
  },
  servers: [{ url: "/" }],
  security: [{ terminalKey: [] }],
  tags: [
    { name: "vouchers", description: "E-voucher codes scanned at the counter" },
    { name: "settlements", description: "Bills settled against the person's ledger, and their reversal" },
    { name: "meta", description: "Health and this description" },
    { name: "estimate", description: "Reimbursement estimates and the drug and service catalogue" },
  ],
  paths: {
    ...settlementPaths,
    "/api/v1/terminal/vouchers/verify": {
      post: {
        tags: ["vouchers"],
        operationId: "verifyVoucher",
        summary: "Verify a scanned code · 核验医保码",
        description:
          "Checks the code's format, the signing device, the signature, the time window (made at most 60 s ago, " +
          "at most 30 s ahead), whose code it is (the person's own device, or a family member's device under a live " +
          "\"show code\" grant), and that it was not used before. A code is accepted once across all app instances; " +
          "a refused code is not used up. Rate-limited per terminal (60 requests a minute). On success returns what " +
          "the counter may see of the person (masked) and a one-time settlement token valid for 10 minutes at this terminal.",
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/VerifyVoucherRequest" } } },
        },
        responses: {
          "200": {
            description: "The code is genuine, fresh, allowed and now used.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/VerifiedVoucher" } } },
          },
          "400": errorResponse("The body or the code cannot be read.", VERIFY_ERROR_CODES[400]),
          "401": errorResponse("The terminal key, or the code's signature or device, is not recognised.", VERIFY_ERROR_CODES[401]),
          "403": errorResponse("The code is genuine but must not be accepted (device removed, grant revoked or ended).", VERIFY_ERROR_CODES[403]),
          "409": errorResponse("The code was already accepted once.", VERIFY_ERROR_CODES[409]),
          "410": errorResponse("The code is more than 60 s old.", VERIFY_ERROR_CODES[410]),
          "413": errorResponse("The body is larger than 16 KiB.", VERIFY_ERROR_CODES[413]),
          "422": errorResponse("The code claims a time more than 30 s ahead of the server's clock.", VERIFY_ERROR_CODES[422]),
          "429": {
            ...errorResponse("Too many requests from this terminal in this minute.", VERIFY_ERROR_CODES[429]),
            headers: { "Retry-After": { description: "Seconds until the next window.", schema: { type: "integer" } } },
          },
          "500": errorResponse("Unexpected failure; the message carries a reference for support.", VERIFY_ERROR_CODES[500]),
        },
      },
    },
    "/api/v1/estimate": {
      post: {
        tags: ["estimate"],
        operationId: "estimate",
        summary: "One reimbursement estimate (docs/estimate-contract.md); anonymous or signed in",
        description:
          'The request and response of the estimate contract, amounts in yuan exact to the fen. Signed in, "accumulators": "ledger" uses the person\'s real year to date; anonymous requests carry their own figures and are rate-limited per client address.',
        security: [],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", description: "docs/estimate-contract.md → Request" } } } },
        responses: {
          "200": { description: "The settlement (docs/estimate-contract.md → Response)", content: { "application/json": { schema: { type: "object" } } } },
          "400": {
            description: "Invalid request: the one error body, with every offending field named in `issues`",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
          "401": { description: '"accumulators": "ledger" without a session', content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          "429": { description: "Rate limited", headers: { "Retry-After": { description: "Seconds until the next window.", schema: { type: "integer" } } } },
        },
      },
    },
    "/api/v1/catalogue/search": {
      get: {
        tags: ["estimate"],
        operationId: "searchCatalogue",
        summary: "Search the drug and service catalogue by Chinese name, pinyin initials, code or English name",
        security: [],
        parameters: [
          { name: "q", in: "query", required: true, schema: { type: "string", maxLength: 500 } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
          { name: "kind", in: "query", schema: { enum: ["drug", "service", "material"] } },
          { name: "class", in: "query", schema: { enum: ["A", "B", "C"] } },
        ],
        responses: {
          "200": {
            description: "Matching items, best first; money in fen, shares in basis points",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["items"],
                  properties: {
                    items: {
                      type: "array",
                      items: {
                        type: "object",
                        required: ["code", "name", "nameEn", "spec", "unit", "unitEn", "kind", "class", "classBShareBp", "typicalPriceFen", "priceCeilingFen"],
                        properties: {
                          code: { type: "string" }, name: { type: "string" }, nameEn: { type: "string" }, spec: { type: "string" },
                          unit: { type: "string" }, unitEn: { type: "string" }, kind: { enum: ["drug", "service", "material"] }, class: { enum: ["A", "B", "C"] },
                          classBShareBp: { type: ["integer", "null"] }, typicalPriceFen: { type: "integer" }, priceCeilingFen: { type: ["integer", "null"] },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { description: "Invalid query: the one error body, with `issues`", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          "429": { description: "Rate limited", headers: { "Retry-After": { description: "Seconds until the next window.", schema: { type: "integer" } } } },
        },
      },
    },
    "/api/v1/health": {
      get: {
        tags: ["meta"],
        operationId: "health",
        summary: "Liveness and database reachability",
        security: [],
        responses: {
          "200": {
            description: "Up",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["status", "db", "version"],
                  properties: { status: { const: "ok" }, db: { enum: ["pglite", "postgres"] }, version: { type: "string" } },
                },
              },
            },
          },
          "503": { description: "The database cannot be reached." },
        },
      },
    },
    "/api/v1/openapi.json": {
      get: {
        tags: ["meta"],
        operationId: "openApi",
        summary: "This document",
        security: [],
        responses: { "200": { description: "OpenAPI 3.1 document", content: { "application/json": {} } } },
      },
    },
  },
  components: {
    securitySchemes: {
      terminalKey: {
        type: "http",
        scheme: "bearer",
        description: "The terminal's key, issued once when the terminal is registered; the server keeps only its SHA-256.",
      },
    },
    schemas: {
      ...settlementSchemas,
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: {
              code: { type: "string" },
              message: errorMessage,
              issues: {
                type: "array",
                description: "Present when a request's fields are invalid: each offending field, without echoing its value.",
                items: { type: "object", required: ["path", "code", "message"], properties: { path: { type: "string" }, code: { type: "string" }, message: { type: "string" } } },
              },
            },
          },
        },
      },
      VerifyVoucherRequest: {
        type: "object",
        required: ["code"],
        properties: {
          code: {
            type: "string",
            minLength: 1,
            maxLength: 1000,
            description:
              "The scanned text exactly as read, e.g. `YB1:…` (169 characters, or 193 under a grant). A trailing line " +
              "ending from a USB scanner is ignored; nothing else is trimmed, because a space is part of the code's alphabet.",
          },
        },
      },
      VerifiedVoucher: {
        type: "object",
        required: ["person", "chosenClinic", "entitlements", "shownUnderGrant", "code", "settlement", "familyAccounts"],
        properties: {
          person: {
            type: "object",
            required: ["maskedName", "insurance", "employeeStatus", "region"],
            properties: {
              maskedName: { type: "string", examples: ["陈*国"] },
              insurance: { enum: ["employee", "resident", null], description: "职工医保 / 城乡居民医保; null without an enrolment in force." },
              employeeStatus: { enum: ["active", "retired", null] },
              region: {
                oneOf: [
                  { type: "null" },
                  {
                    type: "object",
                    required: ["code", "name", "nameEn"],
                    properties: { code: { type: "string", examples: ["350400"] }, name: { type: "string" }, nameEn: { type: "string" } },
                  },
                ],
              },
            },
          },
          chosenClinic: { oneOf: [{ type: "null" }, { $ref: "#/components/schemas/ChosenClinic" }] },
          entitlements: { $ref: "#/components/schemas/EntitlementSummary" },
          shownUnderGrant: { type: "boolean", description: "A family member's device showed the code under a grant." },
          code: {
            type: "object",
            required: ["issuedAt", "expiresAt"],
            properties: { issuedAt: { type: "string", format: "date-time" }, expiresAt: { type: "string", format: "date-time" } },
          },
          settlement: {
            type: "object",
            required: ["token", "expiresAt"],
            properties: {
              token: { type: "string", description: "One-time; only this terminal may use it, before expiresAt." },
              expiresAt: { type: "string", format: "date-time" },
            },
          },
          familyAccounts: {
            type: "array",
            description:
              "家庭共济: relatives' personal accounts that may pay this person's share instead of their own — the account of whoever showed the code, and accounts lent to them with a \"pay from my personal account\" grant — each only for a close relative of the person insured as an employee. Name one in the settlement's `familyAccount`.",
            items: {
              type: "object",
              required: ["ref", "maskedName", "gender", "relation"],
              properties: {
                ref: { type: "string", pattern: "^[0-9a-f]{32}$", description: "Valid for this scan's settlement token only." },
                maskedName: { type: "string", examples: ["周*华"] },
                gender: { enum: ["female", "male", null] },
                relation: {
                  enum: ["spouse", "parent", "child", "sibling", "grandparent", "maternal_grandparent", "grandchild", "maternal_grandchild", "other", null],
                  description: "Who the account holder is to the person being treated.",
                },
              },
            },
          },
        },
      },
      ChosenClinic: {
        type: "object",
        required: ["facilityId", "name", "nameEn", "level", "allianceName", "allianceNameEn"],
        properties: {
          facilityId: { type: "string", format: "uuid" },
          name: { type: "string" },
          nameEn: { type: "string" },
          level: { type: "integer", minimum: 0, maximum: 3 },
          allianceName: nullableString,
          allianceNameEn: nullableString,
        },
      },
      EntitlementSummary: {
        type: "object",
        required: ["year", "asOf", "ledgerAvailable", "benefits", "personalAccountBalanceFen", "chronicApprovals"],
        properties: {
          year: { type: "integer" },
          asOf: { type: ["string", "null"], format: "date-time" },
          ledgerAvailable: { type: "boolean" },
          benefits: {
            type: "array",
            items: {
              type: "object",
              required: ["benefit", "usedFen", "capFen", "remainingFen", "deductibleRemainingFen"],
              properties: {
                benefit: { type: "string" },
                usedFen: { type: "integer" },
                capFen: { type: ["integer", "null"] },
                remainingFen: { type: ["integer", "null"] },
                deductibleRemainingFen: { type: ["integer", "null"] },
              },
            },
          },
          personalAccountBalanceFen: { type: ["integer", "null"], description: "Integer fen (1 yuan = 100 fen)." },
          chronicApprovals: {
            type: "array",
            items: {
              type: "object",
              required: ["disease", "label", "validTo"],
              properties: { disease: { type: "string" }, label: { type: "object", description: "The disease as the person's regional policy names it", properties: { zh: { type: "string" }, en: { type: "string" } } }, validTo: { type: "string", format: "date" } },
            },
          },
        },
      },
    },
  },
} as const;
