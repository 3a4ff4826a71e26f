// @vitest-environment jsdom
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { TerminalWorkspace } from "@/components/terminal/terminal-workspace";
import type { ActionResult } from "@/lib/context/client";
import { getMessages } from "@/lib/i18n";
import type { TerminalSettlementDto, VerifiedVoucher } from "@/lib/terminal/client";

type TerminalVerifyResult = ActionResult<VerifiedVoucher>;
type TerminalSettleResult = ActionResult<TerminalSettlementDto>;

const messages = getMessages("zh-CN");
const m = messages.terminal;
type SettleAction = (body: unknown, key: string) => Promise<TerminalSettleResult>;
const noSettlement = {
  settleAction: vi.fn<SettleAction>(),
  reverseAction: vi.fn(),
  m: messages.terminalSettle,
  mEstimate: messages.estimate.form,
  mFamily: messages.family,
};
type VerifyAction = (code: string) => Promise<TerminalVerifyResult>;

const verified: VerifiedVoucher = {
  person: { maskedName: "陈*国", insurance: "employee", employeeStatus: "active", region: { code: "350400", name: "三明市", nameEn: "Sanming" } },
  chosenClinic: { facilityId: "f", name: "城关社区卫生服务中心", nameEn: "Chengguan", level: 0, allianceName: null, allianceNameEn: null },
  entitlements: { year: 2026, asOf: null, ledgerAvailable: false, benefits: [], personalAccountBalanceFen: null, chronicApprovals: [{ disease: "diabetes", validTo: "2026-12-12" }] },
  shownUnderGrant: false,
  familyAccounts: [],
  code: { issuedAt: "2026-03-01T02:00:00.000Z", expiresAt: "2026-03-01T02:01:00.000Z" },
  settlement: { token: "yst_x", expiresAt: "2026-03-01T02:10:00.000Z" },
};

describe("the terminal's scan field (USB scanner)", () => {
  test("Enter submits the code with only the line ending removed; the field is cleared and keeps the focus", async () => {
    const action = vi.fn<VerifyAction>(async () => ({ ok: true, data: verified }));
    render(<TerminalWorkspace verifyAction={action} m={m} locale="zh-CN" settlement={noSettlement} />);
    const field = screen.getByLabelText(m.scanLabel);
    expect(document.activeElement).toBe(field);
    await userEvent.type(field, "YB1:ABC {Enter}");
    expect(action).toHaveBeenCalledWith("YB1:ABC ");
    expect((field as HTMLInputElement).value).toBe("");
    expect(document.activeElement).toBe(field);
    expect(await screen.findByTestId("verified-name")).toHaveProperty("textContent", "陈*国");
    expect(screen.getByText("职工医保（在职）")).toBeTruthy();
    expect(screen.getByText("城关社区卫生服务中心")).toBeTruthy();
    expect(screen.getByText(/糖尿病（有效至 2026-12-12）/)).toBeTruthy();
    expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain("已核验：陈*国");
  });

  test("a refusal is announced as an alert with the server's message and code, and nothing is shown as verified", async () => {
    const action = vi.fn<VerifyAction>(async () => ({
      ok: false,
      code: "code_already_used",
      fieldErrors: {},
      formError: "这个医保码已经使用过。",
    }));
    render(<TerminalWorkspace verifyAction={action} m={m} locale="zh-CN" settlement={noSettlement} />);
    await userEvent.type(screen.getByLabelText(m.scanLabel), "YB1:X{Enter}");
    const alert = await screen.findByTestId("verify-error");
    expect(alert.textContent).toBe("未通过：这个医保码已经使用过。");
    expect(alert.dataset.code).toBe("code_already_used");
    expect(screen.getByRole("alert").contains(alert)).toBe(true);
    expect(screen.queryByTestId("verified-person")).toBeNull();
  });

  test("an empty Enter does nothing", async () => {
    const action = vi.fn<VerifyAction>();
    render(<TerminalWorkspace verifyAction={action} m={m} locale="zh-CN" settlement={noSettlement} />);
    await act(async () => userEvent.type(screen.getByLabelText(m.scanLabel), "{Enter}"));
    expect(action).not.toHaveBeenCalled();
  });
});

describe("bill entry after a verified scan", () => {
  const receipt = {
    id: "5f0c7c1e-0000-4000-8000-000000000001", status: "settled" as const, serviceDate: "2026-03-01", createdAt: "2026-03-01T02:00:00.000Z", maskedName: "陈*国",
    policy: { id: "CN-350400", version: "2022-01-01", source: "明医保函〔2023〕20号" },
    amounts: { medfee_sumamt: 12.5, fulamt_ownpay_amt: 0, overlmt_selfpay: 0, preselfpay_amt: 0, inscp_scp_amt: 12.5, act_pay_dedc: 0, hifp_pay: 10.63, hifmi_pay: 0, hifob_pay: 0, maf_pay: 0, fund_pay_sumamt: 10.63, psn_part_amt: 1.87, acct_pay: 1.87, acct_mulaid_pay: 0, psn_cash_pay: 0, balc: 998.13 },
    lines: [], explanation: { zh: [], en: [] }, reversal: null,
  };

  async function verifiedWorkspace(settleAction: SettleAction) {
    const verify = vi.fn<VerifyAction>(async () => ({ ok: true, data: verified }));
    render(<TerminalWorkspace verifyAction={verify} m={m} locale="zh-CN" settlement={{ ...noSettlement, settleAction }} />);
    await userEvent.type(screen.getByLabelText(m.scanLabel), "YB1:ABC{Enter}");
    await screen.findByTestId("verified-name");
  }

  test("a bad amount is refused on the spot; a good bill is sent once with the scan's token and shows the receipt", async () => {
    const settle = vi.fn<SettleAction>(async () => ({ ok: true, data: receipt }));
    await verifiedWorkspace(settle);
    await userEvent.click(screen.getByRole("button", { name: messages.terminalSettle.addLine }));
    await userEvent.type(screen.getByLabelText(messages.terminalSettle.lineName), "诊查费");
    await userEvent.type(screen.getByLabelText(messages.terminalSettle.lineAmount), "12.345");
    await userEvent.click(screen.getByRole("button", { name: messages.terminalSettle.settle }));
    expect(settle).not.toHaveBeenCalled();
    expect(screen.getByText("第 1 行金额不正确：最多两位小数。")).toBeTruthy();
    await userEvent.clear(screen.getByLabelText(messages.terminalSettle.lineAmount));
    await userEvent.type(screen.getByLabelText(messages.terminalSettle.lineAmount), "12.50");
    expect(screen.getByText("合计：12.50 元")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: messages.terminalSettle.settle }));
    expect(settle).toHaveBeenCalledTimes(1);
    const [body, key] = settle.mock.calls[0]!;
    expect(body).toMatchObject({ settlementToken: "yst_x", visit: { kind: "pharmacy" }, useAccount: true, lines: [{ name: "诊查费", class: "A", quantity: 1, amount: "12.50" }] });
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    const shown = await screen.findByTestId("receipt");
    expect(shown.querySelector('[data-field="hifp_pay"]')?.textContent).toBe("10.63");
  });

  test("a failed settlement keeps the bill, shows why, and a retry reuses the same Idempotency-Key", async () => {
    const settle = vi.fn<SettleAction>(async () => ({ ok: false, code: "internal_error", fieldErrors: {}, formError: "网络中断" }));
    await verifiedWorkspace(settle);
    await userEvent.click(screen.getByRole("button", { name: messages.terminalSettle.addLine }));
    await userEvent.type(screen.getByLabelText(messages.terminalSettle.lineName), "药");
    await userEvent.type(screen.getByLabelText(messages.terminalSettle.lineAmount), "5");
    const settleButton = () => screen.getByRole("button", { name: messages.terminalSettle.settle });
    await userEvent.click(settleButton());
    expect(await screen.findByText("网络中断")).toBeTruthy();
    // The error and the end of the busy state show together: the button is there, by its own
    // name, and usable the moment the clerk reads why.
    expect(settleButton()).toHaveProperty("disabled", false);
    await userEvent.click(settleButton());
    await waitFor(() => expect(settle).toHaveBeenCalledTimes(2));
    expect(settle.mock.calls[1]![1]).toBe(settle.mock.calls[0]![1]);
    expect(screen.getAllByTestId("bill-line")).toHaveLength(1);
  });
});
