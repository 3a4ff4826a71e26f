/**
 * One meaning of a bill line, and amounts and quantities as people type them: the shared reader
 * behind the counter, the Estimate form, the estimate API and the command line.
 */
import { describe, expect, test } from "vitest";
import { estimate, normaliseTypedNumber, readAmount, readLineMoney, readQuantity } from "@/lib/reimbursement";
import { findCatalogueItem } from "@/lib/catalogue/client";
import { request } from "./helpers";

const price = { maxFen: 500_000_000, allowZero: false };

describe("amounts as people type them", () => {
  test.each([
    ["12.50", 1250],
    ["１２．５０", 1250],
    ["¥12.5", 1250],
    ["￥ 12.50", 1250],
    ["12。5", 1250],
    ["12.50元", 1250],
    ["1,234.50", 123_450],
    ["¥１，２３４", 123_400],
    [" 7 ", 700],
    [86.4, 8640],
  ])("%j reads as %d fen", (typed, fen) => {
    expect(readAmount(typed, price)).toEqual({ ok: true, value: fen });
  });

  test.each([
    ["", "amount_required"],
    ["   ", "amount_required"],
    [null, "amount_required"],
    ["0", "amount_zero"],
    ["０.００", "amount_zero"],
    ["-3", "amount_negative"],
    ["－3", "amount_negative"],
    ["1.234", "amount_decimals"],
    ["12a", "amount_format"],
    ["1,23.00", "amount_format"],
    ["1e3", "amount_format"],
    [true, "amount_format"],
    ["9".repeat(25), "amount_too_long"],
    ["99999999999999", "amount_too_large"],
    ["5000000.01", "amount_too_large"],
  ])("%j is refused with %s", (typed, code) => {
    expect(readAmount(typed, price)).toMatchObject({ ok: false, code });
  });

  test("zero is an answer where the rules say so (a year-to-date figure)", () => {
    expect(readAmount("0", { maxFen: 100, allowZero: true })).toEqual({ ok: true, value: 0 });
  });

  test("normalising keeps what it cannot read for the reader to refuse", () => {
    expect(normaliseTypedNumber("¥１２．５")).toBe("12.5");
    expect(normaliseTypedNumber("12,34")).toBe("12,34");
  });
});

describe("quantities as people type them", () => {
  test.each([["3", 3], ["３", 3], [" 03 ", 3], [12, 12]])("%j reads as %d", (typed, value) => {
    expect(readQuantity(typed)).toEqual({ ok: true, value });
  });

  test.each([
    ["", "quantity_required"],
    ["0", "quantity_zero"],
    [0, "quantity_zero"],
    ["1.5", "quantity_format"],
    [1.5, "quantity_format"],
    ["-2", "quantity_format"],
    ["two", "quantity_format"],
    ["100001", "quantity_too_large"],
    ["1".repeat(13), "quantity_too_long"],
  ])("%j is refused with %s", (typed, code) => {
    expect(readQuantity(typed)).toMatchObject({ ok: false, code });
  });
});

describe("a bill line: unit price × quantity = amount, in fen", () => {
  test("a unit price and a quantity make the amount (the counter's bug: 3 × 6.50 is 19.50, not 6.50)", () => {
    expect(readLineMoney({ quantity: "3", unitPrice: "6.50" })).toEqual({ ok: true, value: { quantity: 3, unitPriceFen: 650, amountFen: 1950 } });
  });

  test("an amount alone is the line's total; its unit price must be a whole number of fen", () => {
    expect(readLineMoney({ quantity: 2, amount: "13.00" })).toEqual({ ok: true, value: { quantity: 2, unitPriceFen: 650, amountFen: 1300 } });
    expect(readLineMoney({ amount: 35 })).toEqual({ ok: true, value: { quantity: 1, unitPriceFen: 3500, amountFen: 3500 } });
    expect(readLineMoney({ quantity: 3, amount: "10.00" })).toMatchObject({ ok: false, issues: [{ field: "amount", code: "amount_not_divisible" }] });
  });

  test("both given must agree", () => {
    expect(readLineMoney({ quantity: 3, unitPrice: "6.50", amount: "19.50" })).toMatchObject({ ok: true, value: { amountFen: 1950 } });
    expect(readLineMoney({ quantity: 3, unitPrice: "6.50", amount: "6.50" })).toMatchObject({ ok: false, issues: [{ field: "amount", code: "amount_mismatch", detail: "6.50 × 3 = 19.50" }] });
  });

  test("every field's problem is named; neither price nor amount is a problem of its own", () => {
    expect(readLineMoney({ quantity: "0", unitPrice: "" })).toMatchObject({ ok: false, issues: [{ field: "quantity", code: "quantity_zero" }, { field: "unitPrice", code: "amount_required" }] });
    expect(readLineMoney({ quantity: 1 })).toMatchObject({ ok: false, issues: [{ field: "amount", code: "amount_required" }] });
  });

  test("a product past the largest line is refused, never rounded", () => {
    expect(readLineMoney({ quantity: 100_000, unitPrice: "5000.01" })).toMatchObject({ ok: false, issues: [{ field: "unitPrice", code: "amount_too_large" }] });
  });
});

describe("the estimate contract (command line and API) reads lines the same way", () => {
  const metformin = { code: "XA10BAE015A001010100000" };
  const run = (items: unknown[]) => estimate(request({ items }), { lookupItem: findCatalogueItem });

  test("a catalogue line by unit price and quantity is charged unit price × quantity, its ceiling per unit", () => {
    const result = run([{ ...metformin, quantity: 3, unitPrice: "¥６.５０" }]);
    expect(result.ok && result.response.medfee_sumamt).toBe(19.5);
    // 10.00 a box is above the 9.00 ceiling: 3 × 1.00 above it is paid by the person.
    const above = run([{ ...metformin, quantity: 3, unitPrice: "10.00" }]);
    expect(above.ok && [above.response.medfee_sumamt, above.response.overlmt_selfpay]).toEqual([30, 3]);
  });

  test("each refusal names its field and code", () => {
    const result = run([
      { ...metformin, quantity: 0, unitPrice: "6.50" },
      { class: "A", amount: "0" },
      { class: "A", quantity: 3, unitPrice: "6.50", amount: "6.50" },
      { class: "A", name: "药".repeat(101), amount: 1 },
      { class: "C" },
    ]);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues.map((i) => [i.path, i.code]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["items.0.quantity", "quantity_zero"],
        ["items.1.amount", "amount_zero"],
        ["items.2.amount", "amount_mismatch"],
        ["items.3.name", "name_too_long"],
        ["items.4.amount", "amount_required"],
      ]),
    );
  });
});
