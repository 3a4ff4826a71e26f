// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SWRConfig } from "swr";
import { describe, expect, test, vi } from "vitest";
import { ClinicConfirm, type ClinicChanged, type ClinicConfirmProps } from "@/components/clinic-confirm";
import type { ActionResult, ActionState } from "@/lib/context/client";

type ChangeClinicState = ActionResult<ClinicChanged>;
import { getMessages } from "@/lib/i18n";

const m = getMessages("zh-CN").clinic;
const target = {
  id: "3c0d1f3e-6a41-5f4e-9b7a-2c5d8e9f0a1b", code: "H44180300104", name: "山塘镇卫生院", nameEn: "Shantang Township Health Centre",
  kind: "clinic" as const, level: 1, district: "清新区", districtEn: "Qingxin", address: "清新区山塘镇山塘大道 6 号",
  hours: "周一至周日 08:00–17:30", addressEn: "6 Shantang Avenue, Shantang Town, Qingxin District", hoursEn: "Mon–Sun 08:00–17:30", alliance: null,
};

function renderConfirm(props: Partial<ClinicConfirmProps>) {
  const action = props.action ?? vi.fn(async (): Promise<ChangeClinicState> => ({ ok: false, code: "internal_error", fieldErrors: {}, formError: null }));
  render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <ClinicConfirm
        action={action}
        subjectId="e1336367-6393-52a3-a84c-a12b3c3dc28e"
        personId="e1336367-6393-52a3-a84c-a12b3c3dc28e"
        target={target}
        currentName="太和镇卫生院"
        lockedUntil="2027-11-22"
        blockedUntil={null}
        cancelHref="/clinic"
        locale="zh-CN"
        m={m}
        {...props}
      />
    </SWRConfig>,
  );
  return action;
}

describe("clinic change confirmation", () => {
  test("names both clinics and the lock-in date, and moves focus to itself", () => {
    renderConfirm({});
    expect(screen.getByText("把您的普通门诊定点机构从“太和镇卫生院”改为“山塘镇卫生院”？")).toBeTruthy();
    expect(screen.getByText("确认后，2027年11月22日 之前不能再次更换。")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: m.confirm.heading }));
  });

  test("confirming sends the facility and the confirmation, then shows the success", async () => {
    const action = vi.fn(async (_state: ActionState<ClinicChanged>, _form: FormData): Promise<ChangeClinicState> => ({
      ok: true, data: { facilityId: target.id, name: target.name, nameEn: target.nameEn, validFrom: "2026-11-22T02:00:00.000Z" },
    }));
    renderConfirm({ action });
    await userEvent.click(screen.getByRole("button", { name: m.confirm.submit }));
    expect((await screen.findByTestId("clinic-change-success")).textContent).toBe("已选定“山塘镇卫生院”为您的普通门诊定点机构。");
    const sent = action.mock.calls[0]![1];
    expect(sent.get("facilityId")).toBe(target.id);
    expect(sent.get("confirmed")).toBe("yes");
    expect(screen.queryByRole("button", { name: m.confirm.submit })).toBeNull();
  });

  test("a refusal from the server is shown as an alert and the form stays", async () => {
    const action = vi.fn(async (): Promise<ChangeClinicState> => ({
      ok: false, code: "clinic_interval_not_passed", fieldErrors: {}, formError: "还不能更换：2027年7月25日 起才可以再次更换。",
    }));
    renderConfirm({ action });
    await userEvent.click(screen.getByRole("button", { name: m.confirm.submit }));
    expect((await screen.findByRole("alert")).textContent).toContain("2027年7月25日");
    expect(screen.getByRole("button", { name: m.confirm.submit })).toBeTruthy();
  });

  test("a first choice asks to confirm the choice; an ineligible target cannot be confirmed", () => {
    renderConfirm({ currentName: null, lockedUntil: null });
    expect(screen.getByRole("button", { name: m.confirm.submitFirst })).toBeTruthy();
    expect(screen.getByText(m.confirm.immediate)).toBeTruthy();
  });

  test("when the interval has not passed there is no confirm button, only the reason", () => {
    renderConfirm({ blockedUntil: "2027-07-25" });
    expect(screen.getByRole("alert").textContent).toBe("还不能更换：2027年7月25日 起才可以再次更换。");
    expect(screen.queryByRole("button")).toBeNull();
  });

  test("an unknown target says it is not in the list", () => {
    renderConfirm({ target: null });
    expect(screen.getByRole("alert").textContent).toBe(m.confirm.notFound);
  });
});
