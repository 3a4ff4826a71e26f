import { describe, expect, test } from "vitest";
import { openApiDocument, VERIFY_ERROR_CODES } from "@/lib/http/openapi";
import { VOUCHER_ERROR_MESSAGES } from "@/lib/voucher";

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

describe("the OpenAPI document", () => {
  test("is OpenAPI 3.1 with the terminal key as a bearer scheme", () => {
    expect(openApiDocument.openapi).toBe("3.1.0");
    expect(openApiDocument.components.securitySchemes.terminalKey).toMatchObject({ type: "http", scheme: "bearer" });
  });

  test("every $ref points at a schema that exists", () => {
    const schemas = Object.keys(openApiDocument.components.schemas);
    for (const ref of refsIn(openApiDocument)) {
      expect(schemas).toContain(ref.replace("#/components/schemas/", ""));
    }
  });

  test("lists every refusal of the code format under the status the API answers with", () => {
    const listed = Object.values(VERIFY_ERROR_CODES).flat() as string[];
    for (const code of Object.keys(VOUCHER_ERROR_MESSAGES)) expect(listed).toContain(code);
    const responses = openApiDocument.paths["/api/v1/terminal/vouchers/verify"].post.responses;
    for (const status of Object.keys(VERIFY_ERROR_CODES)) expect(Object.keys(responses)).toContain(status);
  });

  test("each error code belongs to exactly one status", () => {
    const listed = Object.values(VERIFY_ERROR_CODES).flat() as string[];
    expect(new Set(listed).size).toBe(listed.length);
  });
});
