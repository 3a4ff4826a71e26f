/**
 * Zod issues → `{ path, code, message }` (issues.ts). Custom issues carry their
 * code in `params.reason`; the rest are mapped from zod's own codes.
 */
import type { z } from "zod";
import { type IssueCode, type RequestIssue, ISSUE_MESSAGES, isIssueCode } from "./issues";

type ZodIssue = z.core.$ZodIssue;

function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join(".");
}

/** A code whose English message starts the issue's message (schemas set it through `error`). */
function codeFromMessage(message: string): IssueCode | undefined {
  for (const code of Object.keys(ISSUE_MESSAGES) as IssueCode[]) {
    if (message.startsWith(ISSUE_MESSAGES[code].en)) return code;
  }
  return undefined;
}

function codeOf(problem: ZodIssue): IssueCode {
  const reason = problem.code === "custom" ? problem.params?.["reason"] : undefined;
  if (isIssueCode(reason)) return reason;
  // Parsed with reportInput: a missing field is the only way to get an undefined input from JSON.
  if ((problem as { input?: unknown }).input === undefined && problem.code !== "unrecognized_keys") return "required";
  const fromMessage = codeFromMessage(problem.message);
  if (fromMessage) return fromMessage;
  switch (problem.code) {
    case "invalid_value":
      return "invalid_option";
    case "too_big":
      return problem.origin === "array" ? "too_many_items" : "integer_range";
    case "too_small":
      return problem.origin === "array" ? "required" : "integer_range";
    case "invalid_type":
      return problem.expected === "int" ? "integer_range" : "invalid_type";
    default:
      return "invalid_type";
  }
}

function collect(problems: ReadonlyArray<ZodIssue>, base: ReadonlyArray<PropertyKey>, issues: RequestIssue[]): void {
  for (const problem of problems) {
    const path = [...base, ...problem.path];
    if (problem.code === "invalid_union" && problem.errors.length > 0) {
      // Of "amounts per key or an amount", report the alternative the input was
      // meant to be: the one that got past the value's type.
      const pastType = (branch: ReadonlyArray<ZodIssue>) => branch.some((inner) => inner.path.length > 0 || inner.code !== "invalid_type");
      const meant = problem.errors.find(pastType) ?? problem.errors[problem.errors.length - 1] ?? [];
      collect(meant, path, issues);
    } else if (problem.code === "unrecognized_keys") {
      for (const key of problem.keys) issues.push({ path: pathText([...path, key]), code: "unknown_field", message: ISSUE_MESSAGES.unknown_field.en });
    } else if (problem.code === "invalid_key") {
      issues.push({ path: pathText(path), code: "unknown_field", message: ISSUE_MESSAGES.unknown_field.en });
    } else {
      const code = codeOf(problem);
      const ownMessage = code !== "required" && (problem.code === "custom" || codeFromMessage(problem.message) !== undefined);
      issues.push({ path: pathText(path), code, message: ownMessage ? problem.message : ISSUE_MESSAGES[code].en });
    }
  }
}

export function issuesFromZod(error: z.ZodError): RequestIssue[] {
  const issues: RequestIssue[] = [];
  collect(error.issues, [], issues);
  return issues;
}
