// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import type { TerminalVerifyResult } from "@/app/terminal/actions";
import { TerminalWorkspace } from "@/components/terminal/terminal-workspace";
import type { VerifiedVoucher } from "@/lib/data/voucher-verification";
import { getMessages } from "@/lib/i18n/catalogue";

vi.mock("@/app/terminal/actions", () => ({}));

const m = getMessages("zh-CN").terminal;
type VerifyAction = (code: string) => Promise<TerminalVerifyResult>;

const verified: VerifiedVoucher = {
  person: { maskedName: "陈*国", insurance: "employee", employeeStatus: "active", region: { code: "350400", name: "三明市", nameEn: "Sanming" } },
  chosenClinic: { facilityId: "f", name: "城关社区卫生服务中心", nameEn: "Chengguan", level: 0, allianceName: null, allianceNameEn: null },
  entitlements: { year: 2026, asOf: null, ledgerAvailable: false, benefits: [], personalAccountBalanceFen: null, chronicApprovals: [{ disease: "diabetes", validTo: "2026-12-12" }] },
  shownUnderGrant: false,
  code: { issuedAt: "2026-03-01T02:00:00.000Z", expiresAt: "2026-03-01T02:01:00.000Z" },
  settlement: { token: "yst_x", expiresAt: "2026-03-01T02:10:00.000Z" },
};

describe("the terminal's scan field (USB scanner)", () => {
  test("Enter submits the code with only the line ending removed; the field is cleared and keeps the focus", async () => {
    const action = vi.fn<VerifyAction>(async () => ({ ok: true, data: verified }));
    render(<TerminalWorkspace verifyAction={action} m={m} locale="zh-CN" />);
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
      error: { code: "code_already_used", message: { zh: "这个医保码已经使用过。", en: "Already used." } },
    }));
    render(<TerminalWorkspace verifyAction={action} m={m} locale="zh-CN" />);
    await userEvent.type(screen.getByLabelText(m.scanLabel), "YB1:X{Enter}");
    const alert = await screen.findByTestId("verify-error");
    expect(alert.textContent).toBe("未通过：这个医保码已经使用过。");
    expect(alert.dataset.code).toBe("code_already_used");
    expect(screen.getByRole("alert").contains(alert)).toBe(true);
    expect(screen.queryByTestId("verified-person")).toBeNull();
  });

  test("an empty Enter does nothing", async () => {
    const action = vi.fn<VerifyAction>();
    render(<TerminalWorkspace verifyAction={action} m={m} locale="zh-CN" />);
    await act(async () => userEvent.type(screen.getByLabelText(m.scanLabel), "{Enter}"));
    expect(action).not.toHaveBeenCalled();
  });
});
