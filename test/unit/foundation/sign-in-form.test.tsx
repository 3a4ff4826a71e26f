// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { SignInForm } from "@/components/sign-in-form";
import type { SignInStep } from "@/lib/auth/client";
import type { ActionResult, ActionState } from "@/lib/context/client";
import { getMessages } from "@/lib/i18n";

const m = getMessages("zh-CN").signIn;
type Action = (state: ActionState<SignInStep>, formData: FormData) => Promise<ActionResult<SignInStep>>;

function renderForm(action: Action, demo = true) {
  const accounts = demo ? [{ phone: "13800000001", name: "陈*国", note: "三明" }] : [];
  return render(<SignInForm action={action} m={m} demoAccounts={accounts} />);
}

describe("sign-in form", () => {
  test("an invalid phone shows the error next to the field, linked for screen readers", async () => {
    const action = vi.fn<Action>(async () => ({ ok: false, code: "invalid_request", fieldErrors: { phone: m.errors.phone_invalid }, formError: null, values: { intent: "send", phone: "12" } }));
    renderForm(action);
    await userEvent.type(screen.getByLabelText("手机号"), "12");
    await userEvent.click(screen.getByRole("button", { name: "获取验证码" }));
    const input = await screen.findByLabelText("手机号");
    expect(input).toHaveProperty("ariaInvalid", "true");
    const error = screen.getByText(m.errors.phone_invalid);
    expect(input.getAttribute("aria-describedby")).toContain(error.id);
    expect(action.mock.calls[0]![1].get("phone")).toBe("12");
  });

  test("after the code is sent, the code step shows the masked phone and the demo code", async () => {
    const action = vi.fn<Action>(async () => ({ ok: true, data: { step: "code", phone: "13800000001", maskedPhone: "138****0001", codeLength: 6, notice: "sent", demoCode: "123456" } }));
    renderForm(action);
    await userEvent.type(screen.getByLabelText("手机号"), "13800000001{Enter}");
    expect(await screen.findByText("验证码已发送到 138****0001。")).toBeTruthy();
    expect(screen.getByTestId("demo-code").textContent).toContain("123456");
    expect(document.activeElement).toBe(screen.getByLabelText("验证码"));
  });

  test("after the last wrong code the demo code stays, and 重新获取验证码 asks for a new code for the same phone", async () => {
    const codeStep: SignInStep = { step: "code", phone: "13800000001", maskedPhone: "138****0001", codeLength: 6, notice: "sent", demoCode: "123456" };
    const action = vi.fn<Action>(async (_state, form) =>
      form.get("intent") === "verify"
        ? { ok: false, code: "code_wrong_last", fieldErrors: {}, formError: "验证码不正确，这个验证码已不能再用。请重新获取验证码。", values: Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])) }
        : { ok: true, data: form.get("intent") === "resend" ? { ...codeStep, notice: "resent", demoCode: "654321" } : codeStep },
    );
    renderForm(action);
    await userEvent.type(screen.getByLabelText("手机号"), "13800000001{Enter}");
    expect(screen.queryByRole("button", { name: m.resend })).toBeNull();
    await userEvent.type(await screen.findByLabelText("验证码"), "000000{Enter}");
    expect(await screen.findByText(/已不能再用/)).toBeTruthy();
    expect(screen.getByTestId("demo-code").textContent).toContain("123456");
    await userEvent.click(screen.getByRole("button", { name: m.resend }));
    const resend = action.mock.calls.at(-1)![1];
    expect([resend.get("intent"), resend.get("phone")]).toEqual(["resend", "13800000001"]);
    expect(await screen.findByText("新的验证码已发送到 138****0001。")).toBeTruthy();
    expect(screen.getByTestId("demo-code").textContent).toContain("654321");
  });

  test("a demo account button sends that account's phone", async () => {
    const action = vi.fn<Action>(async () => ({ ok: true, data: { step: "phone" } }));
    renderForm(action);
    await userEvent.click(screen.getByRole("button", { name: /用 陈\*国 的账户/ }));
    expect(action.mock.calls[0]![1].get("phone")).toBe("13800000001");
    expect(action.mock.calls[0]![1].get("intent")).toBe("send");
  });

  test("without demo mode there is no demo list", () => {
    renderForm(vi.fn<Action>(), false);
    expect(screen.queryByText(m.demoTitle)).toBeNull();
  });

  test("a form error from the server is announced in the live region", async () => {
    const action = vi.fn<Action>(async () => ({ ok: false, code: "no_account", fieldErrors: {}, formError: "这个手机号还没有开通医保通账户。", values: { intent: "send", phone: "13900000000" } }));
    renderForm(action);
    await userEvent.type(screen.getByLabelText("手机号"), "13900000000{Enter}");
    expect((await screen.findByRole("status")).textContent).toContain("还没有开通");
  });
});
