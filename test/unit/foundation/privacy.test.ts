import { expect, test } from "vitest";
import { maskPhone, phoneSchema, otpCodeSchema } from "@/lib/auth/phone";
import { nationalIdFor } from "@/lib/seed/national-id";
import { maskName, maskNationalId } from "@/lib/privacy/mask";

test.each([
  ["李明", "李*"],
  ["陈建国", "陈*国"],
  ["欧阳娜娜", "欧**娜"],
  ["王", "*"],
])("maskName(%s) = %s", (name, masked) => expect(maskName(name)).toBe(masked));

test("national IDs keep only the first and last four characters", () => {
  expect(maskNationalId("35040219780314031X")).toBe("3504**********031X");
});

test("phones are normalised and validated; masks keep 3 + 4 digits", () => {
  expect(phoneSchema.parse("138 0000-0001")).toBe("13800000001");
  expect(phoneSchema.safeParse("12800000001").success).toBe(false);
  expect(phoneSchema.safeParse("1380000000").success).toBe(false);
  expect(maskPhone("13800000001")).toBe("138****0001");
  expect(otpCodeSchema.safeParse(" 123456 ").success).toBe(true);
  expect(otpCodeSchema.safeParse("12345a").success).toBe(false);
});

test("demo national IDs carry a valid GB 11643 check digit", () => {
  // 11010519491231002X is the standard's published example.
  expect(nationalIdFor("110105", "1949-12-31", "002")).toBe("11010519491231002X");
});
