// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { ClinicList } from "@/components/clinic-list";
import { ClinicSearchForm } from "@/components/clinic-search-form";
import { parseClinicSearch } from "@/lib/clinic/schemas";
import type { EligibleClinic, EligibleClinicPage } from "@/lib/clinic/queries";
import { getMessages } from "@/lib/i18n/catalogue";

const zh = getMessages("zh-CN").clinic;
const en = getMessages("en").clinic;

function clinic(id: string, name: string, nameEn: string, flags: Partial<EligibleClinic> = {}): EligibleClinic {
  return {
    id, code: `H${id}`, name, nameEn, kind: "clinic", level: 1, district: "清新区", districtEn: "Qingxin",
    address: "清新区太和镇新城大道 18 号", hours: "周一至周日 08:00–17:30",
    addressEn: "18 Xincheng Avenue, Taihe Town, Qingxin District", hoursEn: null, alliance: null,
    isCurrent: false, inCurrentAlliance: false, ...flags,
  };
}

const page: EligibleClinicPage = {
  items: [
    clinic("a1", "太和镇卫生院", "Taihe Township Health Centre", { isCurrent: true }),
    clinic("a2", "山塘镇卫生院", "Shantang Township Health Centre", { inCurrentAlliance: true }),
  ],
  total: 12,
  page: 1,
  pageCount: 2,
  districts: [{ district: "清新区", districtEn: "Qingxin" }, { district: "清城区", districtEn: "Qingcheng" }],
};

describe("clinic list", () => {
  test("each clinic can be chosen except the current one, and the link keeps the search", () => {
    const search = parseClinicSearch({ q: "卫生院", level: "1" });
    render(<ClinicList result={page} search={search} changeAllowed locale="zh-CN" m={zh} />);
    const items = screen.getAllByRole("listitem");
    expect(within(items[0]!).getByText(zh.search.currentBadge)).toBeTruthy();
    expect(within(items[0]!).queryByRole("link")).toBeNull();
    const choose = within(items[1]!).getByRole("link", { name: "选这家：山塘镇卫生院" });
    expect(choose.getAttribute("href")).toBe("/clinic?q=%E5%8D%AB%E7%94%9F%E9%99%A2&level=1&choose=a2");
    expect(within(items[1]!).getByText(zh.search.allianceBadge)).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("共 12 家");
  });

  test("while the change interval runs, nothing can be chosen", () => {
    render(<ClinicList result={page} search={parseClinicSearch({})} changeAllowed={false} locale="zh-CN" m={zh} />);
    expect(screen.queryByRole("link", { name: /选这家/ })).toBeNull();
  });

  test("pages link forward with the filters kept; English names and districts in English", () => {
    render(<ClinicList result={page} search={parseClinicSearch({ district: "清新区" })} changeAllowed locale="en" m={en} />);
    const nav = screen.getByRole("navigation", { name: en.search.pagination });
    expect(within(nav).getByRole("link", { name: en.search.next }).getAttribute("href")).toBe("/clinic?district=%E6%B8%85%E6%96%B0%E5%8C%BA&page=2");
    expect(within(nav).queryByRole("link", { name: en.search.previous })).toBeNull();
    expect(screen.getByRole("heading", { name: "Shantang Township Health Centre" })).toBeTruthy();
    // The English address, with the Chinese beside it marked so for screen readers.
    expect(screen.getAllByText("18 Xincheng Avenue, Taihe Town, Qingxin District", { exact: false }).length).toBeGreaterThan(0);
    expect(screen.getAllByText("（清新区太和镇新城大道 18 号）")[0]!.getAttribute("lang")).toBe("zh-CN");
  });

  test("an empty result says so", () => {
    render(<ClinicList result={{ ...page, items: [], total: 0, pageCount: 1 }} search={parseClinicSearch({ q: "xyz" })} changeAllowed locale="zh-CN" m={zh} />);
    expect(screen.getByTestId("clinic-list-empty").textContent).toBe(zh.search.empty);
    expect(screen.queryByRole("navigation")).toBeNull();
  });
});

describe("clinic search form", () => {
  test("is a GET form to /clinic with labelled fields holding the current search", () => {
    const { container } = render(
      <ClinicSearchForm search={parseClinicSearch({ q: "太和", district: "清新区", level: "0" })} districts={page.districts} locale="zh-CN" m={zh} />,
    );
    const form = container.querySelector("form")!;
    expect(form.getAttribute("method")).toBe("get");
    expect(form.getAttribute("action")).toBe("/clinic");
    expect((screen.getByLabelText(zh.search.label) as HTMLInputElement).value).toBe("太和");
    expect((screen.getByLabelText(zh.search.district) as HTMLSelectElement).value).toBe("清新区");
    expect((screen.getByLabelText(zh.search.level) as HTMLSelectElement).value).toBe("0");
    expect(screen.getByRole("option", { name: zh.levels.l0 })).toBeTruthy();
  });
});
