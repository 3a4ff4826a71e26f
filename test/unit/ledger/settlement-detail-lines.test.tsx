// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { EntitlementSettlementDetail } from "@/components/entitlement-settlement-detail";
import { format, formatFen, getMessages } from "@/lib/i18n";
import type { SettlementDetail } from "@/lib/ledger/client";
import { emptyAmounts } from "./empty-amounts";

const m = getMessages("zh-CN").entitlements;

/** A pharmacy settlement of 3 boxes at ¥6.50, as the ledger stores it (amount = unit price × quantity). */
const detail: SettlementDetail = {
  id: "5f0c7c1e-0000-4000-8000-000000000002", serviceDate: "2026-03-01", createdAt: "2026-03-01T02:00:00.000Z", status: "settled",
  visitKind: "pharmacy", disease: null, bucket: "general_outpatient",
  facility: { name: "益大药房（列东店）", nameEn: "Yida Pharmacy", kind: "pharmacy", level: 0 },
  medfeeFen: 1950, fundFen: 1657, accountFen: 293, cashFen: 0,
  amounts: { ...emptyAmounts, medfee_sumamt: 1950, inscp_scp_amt: 1950, hifp_pay: 1657, fund_pay_sumamt: 1657, psn_part_amt: 293, acct_pay: 293 },
  policy: { id: "CN-350400", version: "2022-01-01", source: "明医保函〔2023〕20号", unverified: false },
  lines: [{ lineNo: 1, code: "XA10BAE015A001010100000", name: "二甲双胍片", itemClass: "A", quantity: 3, amountFen: 1950 }],
  steps: [], summary: { zh: "", en: "" }, paidFromAccountOf: { self: true }, reversal: null,
};

test("the person's settlement detail writes a line as quantity × unit price, then its amount", () => {
  render(<EntitlementSettlementDetail detail={detail} locale="zh-CN" m={m} family={getMessages("zh-CN").family} />);
  const line = screen.getByText("二甲双胍片").closest("li")!;
  expect(line.textContent).toContain(format(m.detail.quantityPrice, { quantity: 3, price: formatFen(650) }));
  expect(line.textContent).toContain(formatFen(1950));
});
