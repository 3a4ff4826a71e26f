import { describe, expect, test } from "vitest";
import { otpCodeSchema, phoneSchema } from "@/lib/auth/phone";
import { signInProblem } from "@/lib/auth/sign-in-schema";

const phone = (text: string) => {
  const parsed = phoneSchema.safeParse(text);
  return parsed.success ? parsed.data : signInProblem(parsed.error.issues, "phone_invalid");
};
const code = (text: string) => {
  const parsed = otpCodeSchema.safeParse(text);
  return parsed.success ? parsed.data : signInProblem(parsed.error.issues, "code_invalid");
};

describe("phone numbers as people type them", () => {
  test.each([
    ["13800138000", "13800138000"],
    ["138 0013 8000", "13800138000"],
    ["138-0013-8000", "13800138000"],
    ["+86 138 0013 8000", "13800138000"],
    ["+86-13800138000", "13800138000"],
    ["0086 13800138000", "13800138000"],
    ["８６１３８００１３８０００", "13800138000"],
    ["１３８　００１３　８０００", "13800138000"],
    ["＋８６ １３８００１３８０００", "13800138000"],
    ["(138) 0013-8000", "13800138000"],
  ])("%s → %s", (typed, expected) => {
    expect(phone(typed)).toBe(expected);
  });

  test.each([
    ["", "phone_empty"],
    ["   ", "phone_empty"],
    ["1".repeat(5000), "phone_too_long"],
    ["138001380001234", "phone_too_long"],
    ["1380013800", "phone_invalid"],
    ["12800138000", "phone_invalid"],
    ["+1 415 555 0100", "phone_invalid"],
    ["138OO138000", "phone_invalid"],
  ])("%s is refused as %s", (typed, problem) => {
    expect(phone(typed)).toBe(problem);
  });
});

describe("codes as people type them", () => {
  test.each([
    ["123456", "123456"],
    [" 123 456 ", "123456"],
    ["１２３４５６", "123456"],
    ["1234 5678 9012", "123456789012"],
  ])("%s → %s", (typed, expected) => {
    expect(code(typed)).toBe(expected);
  });

  test.each([
    ["", "code_empty"],
    ["9".repeat(5000), "code_too_long"],
    ["1234567890123", "code_too_long"],
    ["12345", "code_invalid"],
    ["1234567", "code_invalid"],
    ["12345a", "code_invalid"],
  ])("%s is refused as %s", (typed, problem) => {
    expect(code(typed)).toBe(problem);
  });
});
