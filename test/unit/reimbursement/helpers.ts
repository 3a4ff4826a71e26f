/**
 * Builders for small inline policies and requests used by the engine's table
 * tests, and a runner that goes through the same contract function as the CLI.
 */
import { expect } from "vitest";
import { type EstimateResponse, type PolicyInput, estimate } from "@/lib/reimbursement";

export const FROM = "2020-01-01";
export const SOURCE = "test policy";
export const DATE = "2023-06-01";

type BenefitInput = PolicyInput["benefits"][number];

export function dated<T>(value: T, from = FROM) {
  return { from, value, source: SOURCE };
}

/** A benefit with one unconditional row each, unless overridden. */
export function benefit(overrides: Partial<BenefitInput> = {}): BenefitInput {
  return {
    id: "general",
    label: { zh: "普通门诊", en: "General outpatient" },
    bucket: "general_outpatient",
    visitKinds: ["general_outpatient", "pharmacy"],
    insurance: ["employee", "resident"],
    deductible: [dated({ basis: "year", amounts: [{ amount: 0 }] })],
    ratio: [dated({ rows: [{ ratio: 0.75 }] })],
    cap: [dated({ rows: [{ amount: null }] })],
    ...overrides,
  };
}

export function policy(overrides: Partial<PolicyInput> = {}): PolicyInput {
  return {
    id: "TEST",
    name: { zh: "测试政策", en: "Test policy" },
    source: SOURCE,
    classBSelfPayShare: [dated(0.1)],
    benefits: [benefit()],
    ...overrides,
  };
}

export interface RequestParts {
  policy?: unknown;
  serviceDate?: string;
  person?: Record<string, unknown>;
  visit?: Record<string, unknown>;
  items?: unknown[];
  accumulators?: object;
  personalAccount?: Record<string, unknown>;
  [key: string]: unknown;
}

export function request(parts: RequestParts = {}): Record<string, unknown> {
  return {
    policy: policy(),
    serviceDate: DATE,
    person: { insurance: "employee", status: "active" },
    visit: { kind: "general_outpatient", facilityLevel: 1 },
    items: [{ class: "A", amount: 100 }],
    ...parts,
  };
}

/** Runs a request through the contract and fails the test with the issues when it is rejected. */
export function settle(raw: unknown): EstimateResponse {
  const result = estimate(raw);
  if (!result.ok) expect.fail(`rejected: ${JSON.stringify(result.issues)}`);
  return result.response;
}

/** The rules of a response's steps, in order. */
export function rules(response: EstimateResponse): string[] {
  return response.steps.map((step) => step.rule);
}
