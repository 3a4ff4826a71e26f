// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SWRConfig } from "swr";
import { afterEach, describe, expect, test, vi } from "vitest";
import { EstimateForm, type EstimateAction } from "@/components/estimate-form";
import type { SaveAction } from "@/components/estimate-save-form";
import type { ActionState } from "@/lib/context/client";
import type { EstimateFormOptions, EstimateView } from "@/lib/estimate/client";
import { getMessages } from "@/lib/i18n";
import { estimate, explainSettlement } from "@/lib/reimbursement";
import sm1 from "../../fixtures/estimates/sm-1.json";

const m = getMessages("zh-CN").estimate;
const options: EstimateFormOptions = {
  personId: "00000000-0000-4000-8000-000000000001",
  insurance: "employee",
  facilities: [
    { id: "00000000-0000-4000-8000-0000000000f1", name: "列东街道社区卫生服务中心", nameEn: "Liedong Community Health Centre", level: 1, kind: "clinic", status: "chosen", away: false },
    { id: "00000000-0000-4000-8000-0000000000f2", name: "三明市第二医院", nameEn: "Sanming Second Hospital", level: 2, kind: "hospital", status: "other", away: false },
  ],
  defaultFacilityId: "00000000-0000-4000-8000-0000000000f1",
  chronicDiseases: [{ disease: "diabetes", label: { zh: "糖尿病", en: "Diabetes" } }],
  filing: null,
  today: "2026-06-01",
};
const save = vi.fn<SaveAction>(async () => ({ ok: false, code: "internal_error", fieldErrors: {}, formError: null }));
const nothing = { ok: false as const, code: "invalid_request" as const, fieldErrors: {}, formError: null };

function renderForm(action: EstimateAction, initialState: ActionState<EstimateView> = null) {
  return render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <EstimateForm action={action} saveAction={save} initialState={initialState} options={options} m={m} locale="zh-CN" />
    </SWRConfig>,
  );
}

afterEach(() => vi.unstubAllGlobals());

// Typing through user-event is slow on a busy machine; the default 5 s is too tight.
/** The figures of a result state. */
const result = (state: ActionState<EstimateView>) => {
  if (!state?.ok) throw new Error("a result state");
  return state.data.figures;
};

describe("the Estimate form", { timeout: 20_000 }, () => {
  test("field errors show next to their fields, linked with aria-describedby, with a summary", async () => {
    const action = vi.fn<EstimateAction>(async (_state, formData) => ({
      ok: false,
      code: "invalid_request",
      fieldErrors: { "lines.0.amount": "金额最多两位小数（精确到分）", facilityId: "请选择就诊机构。" },
      formError: null,
      values: Object.fromEntries([...formData.entries()].map(([k, v]) => [k, String(v)])),
    }));
    renderForm(action);
    await userEvent.type(screen.getByLabelText("名称"), "门诊费用");
    await userEvent.selectOptions(screen.getByLabelText("医保类别"), "A");
    await userEvent.type(screen.getByLabelText("金额（元）"), "12.345");
    await userEvent.click(screen.getByRole("button", { name: "估算" }));
    const amount = await screen.findByLabelText("金额（元）");
    const error = await screen.findByText("金额最多两位小数（精确到分）");
    expect(amount.getAttribute("aria-invalid")).toBe("true");
    expect(amount.getAttribute("aria-describedby")).toContain(error.id);
    expect(error.getAttribute("aria-live")).toBe("polite");
    expect(screen.getByLabelText("就诊机构").getAttribute("aria-describedby")).toContain("facilityId-error");
    expect(screen.getByRole("alert").textContent).toContain(m.form.errorSummary);
    const sent = action.mock.calls[0]![1];
    expect(sent.get("lines.0.amount")).toBe("12.345");
    expect(sent.get("lines.0.class")).toBe("A");
    expect(sent.get("accumulatorsMode")).toBe("ledger");
    expect(sent.get("subject")).toBe(options.personId);
  });

  test("lines are added and removed with the keyboard alone; focus and announcements follow", async () => {
    const user = userEvent.setup();
    renderForm(vi.fn<EstimateAction>(async () => nothing));
    const add = screen.getByRole("button", { name: "添加一行" });
    add.focus();
    await user.keyboard("{Enter}");
    expect(screen.getAllByTestId("estimate-line")).toHaveLength(2);
    expect(screen.getByText("已添加第 2 行")).toBeTruthy();
    // Focus moves into the new line.
    await waitFor(() => expect(screen.getAllByTestId("estimate-line")[1]!.contains(document.activeElement)).toBe(true));
    add.focus();
    await user.keyboard(" ");
    expect(screen.getAllByTestId("estimate-line")).toHaveLength(3);
    await waitFor(() => expect(screen.getAllByTestId("estimate-line")[2]!.contains(document.activeElement)).toBe(true));
    screen.getByRole("button", { name: "删除第 2 行" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getAllByTestId("estimate-line")).toHaveLength(2);
    expect(document.activeElement).toBe(add);
    expect(screen.getByText("已删除一行，现有 2 行")).toBeTruthy();
    // The remaining lines are numbered without gaps, so the posted names stay contiguous.
    expect(screen.getAllByTestId("estimate-line").map((line) => line.querySelector("legend")?.textContent)).toEqual(["第 1 行", "第 2 行"]);
  });

  test("a catalogue line: search by pinyin initials, choose with the keyboard, quantity × unit price in fen", async () => {
    const fetchMock = vi.fn(async (_url: string) => Response.json({ items: [{ code: "XA10BAE015A001010100000", name: "二甲双胍片", nameEn: "Metformin Hydrochloride Tablets", spec: "0.5g×20片", unit: "盒", unitEn: "box", kind: "drug", class: "B", classBShareBp: 1000, typicalPriceFen: 650, priceCeilingFen: 900 }] }));
    vi.stubGlobal("fetch", fetchMock);
    const user = userEvent.setup();
    const action = vi.fn<EstimateAction>(async (_s, formData) => ({ ...nothing, values: Object.fromEntries([...formData.entries()].map(([k, v]) => [k, String(v)])) }));
    renderForm(action);
    await user.click(screen.getByLabelText(m.form.lineModes.catalogue));
    const search = screen.getByRole("combobox", { name: "搜索目录" });
    await user.type(search, "ejsg");
    expect(await screen.findByRole("option", { name: /二甲双胍片/ }, { timeout: 2000 })).toBeTruthy();
    expect(String(fetchMock.mock.calls[0]![0])).toContain("/api/v1/catalogue/search?q=ejsg");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.getByTestId("estimate-line-item").textContent).toContain("乙类先行自付 10%");
    expect(screen.getByTestId("estimate-line-item").textContent).toContain("限价 9.00 元/盒");
    const quantity = screen.getByLabelText("数量");
    await user.clear(quantity);
    await user.type(quantity, "3");
    expect(screen.getByText("小计 19.50 元")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "估算" }));
    const sent = action.mock.calls[0]![1];
    expect(sent.get("lines.0.code")).toBe("XA10BAE015A001010100000");
    expect(sent.get("lines.0.unitPrice")).toBe("6.50");
    expect(sent.get("lines.0.quantity")).toBe("3");
  });

  function sm1View(context: Partial<EstimateView["context"]> = {}): ActionState<EstimateView> {
    const result = estimate({ ...sm1, explain: true });
    if (!result.ok) throw new Error("fixture must settle");
    return {
      ok: true,
      values: {},
      data: {
        figures: { amounts: result.settlement.amounts, policy: result.settlement.policy, explanation: explainSettlement(result.settlement) },
        context: { personId: options.personId, facility: { name: "三明市第二医院", nameEn: "Sanming Second Hospital", level: 2 }, chosenClinic: null, crossRegion: "none", accumulatorsMode: "whatif", serviceDate: "2023-06-01", visit: "general_outpatient", policyName: { zh: "福建省三明市", en: "Sanming, Fujian" }, account: { used: false, balanceBeforeFen: 164_243 }, ...context },
        lines: [{ name: "门诊费用", nameEn: null, code: null, itemClass: "A", quantity: 1, amountFen: 100_000 }],
      },
    };
  }

  test("a result answers in one sentence first; the national fields are collapsed for counter staff", async () => {
    const state = sm1View();
    renderForm(vi.fn<EstimateAction>(), state);
    // SM-1 (明医保函〔2023〕20号): deductible 700.00; fund 225.00; person 775.00.
    // The result's code is loaded when there is a result: wait for it to be drawn.
    expect((await screen.findByTestId("estimate-answer")).textContent).toBe("本次预计您自付 ¥775.00，医保基金支付 ¥225.00。");
    expect(screen.getByTestId("estimate-balance").textContent).toBe("个人账户余额 ¥1,642.43（这次没有用个人账户支付）。");
    expect(screen.getByTestId("estimate-lines").textContent).toContain("门诊费用");
    expect(screen.getByTestId("estimate-lines-total").textContent).toBe("¥1,000.00");
    expect(screen.getByRole("img", { name: "共 ¥1,000.00：统筹基金 ¥225.00；现金 ¥775.00。" })).toBeTruthy();
    const clerk = screen.getByTestId("estimate-clerk-fields");
    expect(clerk.tagName).toBe("DETAILS");
    expect(clerk.hasAttribute("open")).toBe(false);
    expect(screen.getByTestId("field-act_pay_dedc").textContent).toBe("¥700.00");
    expect(screen.getByTestId("field-hifp_pay").textContent).toBe("¥225.00");
    expect(screen.getByTestId("estimate-explanation").querySelectorAll("li").length).toBe(result(state).explanation.zh.length);
    // The policy in words (region and day), never its code; the demo figures flagged by one badge.
    expect(screen.getByText("按福建省三明市医保政策（2022年1月1日起施行）估算。")).toBeTruthy();
    expect(document.body.textContent).not.toContain("CN-350400");
    // The save form's code is loaded on its own, after the result's: wait for it too.
    expect(await screen.findByRole("button", { name: "保存这份估算" })).toBeTruthy();
  });

  test("the balance after the bill is shown only when the personal account pays", async () => {
    const state = sm1View({ account: { used: true, balanceBeforeFen: 50_000 } });
    if (state?.ok) {
      // The account paid 500.00 of the 775.00 share (SM-1 with a 500.00 balance used).
      state.data.figures.amounts = { ...state.data.figures.amounts, acct_pay: 50_000, psn_cash_pay: 27_500, balc: 0 };
    }
    renderForm(vi.fn<EstimateAction>(), state);
    expect((await screen.findByTestId("estimate-answer")).textContent).toBe("本次预计您自付 ¥775.00（个人账户 ¥500.00，现金 ¥275.00），医保基金支付 ¥225.00。");
    expect(screen.getByTestId("estimate-balance").textContent).toBe("个人账户余额：现有 ¥500.00，本次支付后约剩 ¥0.00。");
  });

  test("acting for a relative, the answer names them instead of speaking to the reader", async () => {
    render(
      <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
        <EstimateForm action={vi.fn<EstimateAction>()} initialState={sm1View()} options={options} name="周*华" m={getMessages("en").estimate} locale="en" />
      </SWRConfig>,
    );
    const answer = await screen.findByTestId("estimate-answer");
    expect(answer.textContent).toBe(`周*华 will probably pay ¥775.00; the insurance fund pays ¥225.00.`);
    expect(answer.querySelector("[lang=zh-CN]")?.textContent).toBe("周*华");
  });
});
