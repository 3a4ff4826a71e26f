// @vitest-environment jsdom
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { TerminalWorkspace } from "@/components/terminal/terminal-workspace";
import type { ActionResult } from "@/lib/context/client";
import { format, getMessages } from "@/lib/i18n";
import { ISSUE_MESSAGES } from "@/lib/reimbursement";
import type { TerminalSettlementDto, VerifiedVoucher } from "@/lib/terminal/client";

type TerminalVerifyResult = ActionResult<VerifiedVoucher>;
type TerminalSettleResult = ActionResult<{ settlement: TerminalSettlementDto; replayed: boolean }>;

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
  entitlements: { year: 2026, asOf: null, ledgerAvailable: false, benefits: [], personalAccountBalanceFen: null, chronicApprovals: [{ disease: "diabetes", label: { zh: "糖尿病", en: "Diabetes" }, validTo: "2026-12-12" }] },
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
    expect(screen.getByText(/糖尿病（有效至 2026年12月12日）/)).toBeTruthy();
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
  const settle = messages.terminalSettle;
  const receipt: TerminalSettlementDto = {
    id: "5f0c7c1e-0000-4000-8000-000000000001", status: "settled", serviceDate: "2026-03-01", createdAt: "2026-03-01T02:00:00.000Z", maskedName: "陈*国",
    person: { insurance: "employee", employeeStatus: "active", region: { code: "350400", name: "三明市", nameEn: "Sanming" } },
    facility: { name: "演示药店", nameEn: "Demo pharmacy" },
    terminal: { name: "收银台 1 号" },
    visit: { kind: "pharmacy", disease: null },
    policy: { id: "CN-350400", version: "2022-01-01", source: "明医保函〔2023〕20号" },
    amounts: { medfee_sumamt: 37.5, fulamt_ownpay_amt: 0, overlmt_selfpay: 0, preselfpay_amt: 0, inscp_scp_amt: 37.5, act_pay_dedc: 0, hifp_pay: 31.88, hifmi_pay: 0, hifob_pay: 0, maf_pay: 0, fund_pay_sumamt: 31.88, psn_part_amt: 5.62, acct_pay: 5.62, acct_mulaid_pay: 0, psn_cash_pay: 0, balc: 994.38 },
    lines: [{ lineNo: 1, code: null, name: "诊查费", class: "A", quantity: 3, unitPrice: 12.5, amount: 37.5 }],
    explanation: { zh: [], en: [] }, reversal: null,
  };

  async function verifiedWorkspace(settleAction: SettleAction, verifyAction?: VerifyAction) {
    const verify = verifyAction ?? vi.fn<VerifyAction>(async () => ({ ok: true, data: verified }));
    render(<TerminalWorkspace verifyAction={verify} m={m} locale="zh-CN" settlement={{ ...noSettlement, settleAction }} />);
    await userEvent.type(screen.getByLabelText(m.scanLabel), "YB1:ABC{Enter}");
    await screen.findByTestId("verified-name");
    // The bill is loaded when a scan is verified: wait for it, as a clerk's eyes do.
    await screen.findByRole("button", { name: settle.addLine });
  }

  async function typeLine(name: string, quantity: string, unitPrice: string) {
    await userEvent.click(screen.getByRole("button", { name: settle.addLine }));
    await userEvent.type(screen.getByLabelText(settle.lineName), name);
    await userEvent.clear(screen.getByLabelText(settle.lineQuantity));
    if (quantity) await userEvent.type(screen.getByLabelText(settle.lineQuantity), quantity);
    if (unitPrice) await userEvent.type(screen.getByLabelText(settle.lineUnitPrice), unitPrice);
  }

  test("quantity × unit price is the line's amount, typed as people type it; empty, zero and bad values are named and nothing is sent", async () => {
    const send = vi.fn<SettleAction>(async () => ({ ok: true, data: { settlement: receipt, replayed: false } }));
    await verifiedWorkspace(send);
    await typeLine("诊查费", "0", "");
    await userEvent.click(screen.getByRole("button", { name: settle.settle }));
    expect(send).not.toHaveBeenCalled();
    const alert = screen.getAllByRole("alert").find((a) => a.textContent?.includes(settle.problemsTitle))!;
    expect(alert.textContent).toContain(format(settle.lineProblem, { n: 1, field: settle.fieldNames.quantity, problem: ISSUE_MESSAGES.quantity_zero.zh }));
    expect(alert.textContent).toContain(format(settle.lineProblem, { n: 1, field: settle.fieldNames.unitPrice, problem: ISSUE_MESSAGES.amount_required.zh }));
    expect(screen.getByLabelText(settle.lineQuantity).getAttribute("aria-invalid")).toBe("true");

    await userEvent.clear(screen.getByLabelText(settle.lineQuantity));
    await userEvent.type(screen.getByLabelText(settle.lineQuantity), "３");
    await userEvent.type(screen.getByLabelText(settle.lineUnitPrice), "¥１２．５");
    expect(screen.getByTestId("line-amount").textContent).toBe("¥37.50");
    expect(screen.getByTestId("bill-total").textContent).toBe(format(settle.total, { amount: "37.50" }));
    await userEvent.click(screen.getByRole("button", { name: settle.settle }));
    expect(send).toHaveBeenCalledTimes(1);
    const [body, key] = send.mock.calls[0]!;
    expect(body).toEqual({ settlementToken: "yst_x", visit: { kind: "pharmacy" }, useAccount: true, lines: [{ name: "诊查费", class: "A", quantity: 3, unitPrice: "12.50" }] });
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    const paper = await screen.findByTestId("receipt-paper");
    expect(paper.querySelector('[data-field="hifp_pay"]')?.textContent).toBe("¥31.88");
    expect(paper.textContent).not.toMatch(/hifp_pay|medfee_sumamt|CN-350400/);
  });

  test("a refusal keeps the bill and says why; sending it again reuses the same Idempotency-Key", async () => {
    const send = vi.fn<SettleAction>(async () => ({ ok: false, code: "chronic_not_approved", fieldErrors: {}, formError: "没有此病种的认定" }));
    await verifiedWorkspace(send);
    await typeLine("药", "1", "5");
    const settleButton = () => screen.getByRole("button", { name: settle.settle });
    await userEvent.click(settleButton());
    expect((await screen.findByTestId("settle-error")).textContent).toBe("没有此病种的认定");
    expect(settleButton()).toHaveProperty("disabled", false);
    await userEvent.click(settleButton());
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls[1]![1]).toBe(send.mock.calls[0]![1]);
    expect(screen.getAllByTestId("bill-line")).toHaveLength(1);
  });

  test("with no answer from the server the bill is kept and locked, and sent again under the same key when the network is back; a bill found settled says so", async () => {
    let online = false;
    const send = vi.fn<SettleAction>(async () => {
      if (!online) throw new TypeError("Failed to fetch");
      return { ok: true, data: { settlement: receipt, replayed: true } };
    });
    await verifiedWorkspace(send);
    await typeLine("诊查费", "3", "12.50");
    await userEvent.click(screen.getByRole("button", { name: settle.settle }));
    expect((await screen.findByTestId("bill-kept")).textContent).toContain(settle.offline);
    expect(screen.getByLabelText(settle.lineUnitPrice).matches(":disabled")).toBe(true);
    expect(screen.getByRole("button", { name: settle.retryNow })).toBeTruthy();

    online = true;
    await act(async () => window.dispatchEvent(new Event("online")));
    expect((await screen.findByTestId("replayed")).textContent).toBe(settle.replayed);
    expect(send.mock.calls.map((call) => call[1])).toEqual([send.mock.calls[0]![1], send.mock.calls[0]![1]]);
    expect(send.mock.calls[1]![0]).toEqual(send.mock.calls[0]![0]);
  });

  test("a refused scan while a bill is open leaves the bill on screen", async () => {
    let calls = 0;
    const verify = vi.fn<VerifyAction>(async () => (calls++ === 0 ? { ok: true, data: verified } : { ok: false, code: "code_already_used", fieldErrors: {}, formError: "已经使用过" }));
    await verifiedWorkspace(vi.fn<SettleAction>(), verify);
    await typeLine("药", "2", "3");
    await userEvent.type(screen.getByLabelText(m.scanLabel), "YB1:AGAIN{Enter}");
    expect((await screen.findByTestId("verify-error")).dataset.code).toBe("code_already_used");
    expect(screen.getAllByTestId("bill-line")).toHaveLength(1);
    expect(screen.getByTestId("verified-name").textContent).toBe("陈*国");
  });

  test("when the scan has run out, the bill is kept and comes back with the next scan of the code", async () => {
    let scans = 0;
    const verify = vi.fn<VerifyAction>(async () => ({ ok: true, data: { ...verified, settlement: { ...verified.settlement, token: `yst_${scans++}` } } }));
    const send = vi.fn<SettleAction>(async () => ({ ok: false, code: "settlement_token_expired", fieldErrors: {}, formError: "过期" }));
    await verifiedWorkspace(send, verify);
    await typeLine("药", "2", "3");
    await userEvent.click(screen.getByRole("button", { name: settle.settle }));
    expect((await screen.findByTestId("settle-error")).textContent).toBe(settle.tokenExpired);
    await userEvent.type(screen.getByLabelText(m.scanLabel), "YB1:FRESH{Enter}");
    expect((await screen.findByText(format(settle.keptBill, { count: 1 }))).getAttribute("role")).toBe("status");
    expect((screen.getByLabelText(settle.lineUnitPrice) as HTMLInputElement).value).toBe("3");
    expect((screen.getByLabelText(settle.lineQuantity) as HTMLInputElement).value).toBe("2");
  });
});
