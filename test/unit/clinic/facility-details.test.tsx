// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { ClinicFacilityDetails } from "@/components/clinic-facility-details";
import type { ClinicFacility } from "@/lib/clinic/queries";
import { getMessages } from "@/lib/i18n/catalogue";

const taihe: ClinicFacility = {
  id: "7f0c2a52-5b7e-5d4b-8a51-0f4a8f1d2c3e", code: "H44180300103", name: "太和镇卫生院", nameEn: "Taihe Township Health Centre",
  kind: "clinic", level: 1, district: "清新区", districtEn: "Qingxin",
  address: "清新区太和镇新城大道 18 号", hours: "周一至周日 08:00–17:30",
  addressEn: "18 Xincheng Avenue, Taihe Town, Qingxin District", hoursEn: "Mon–Sun 08:00–17:30", alliance: null,
};

function detail(term: string): HTMLElement {
  return screen.getByText(term).nextElementSibling as HTMLElement;
}

test("a Chinese page shows the address and hours in Chinese only", () => {
  render(<ClinicFacilityDetails facility={taihe} locale="zh-CN" m={getMessages("zh-CN").clinic} />);
  const m = getMessages("zh-CN").clinic.current;
  expect(detail(m.address).textContent).toBe("清新区太和镇新城大道 18 号");
  expect(detail(m.hours).textContent).toBe("周一至周日 08:00–17:30");
});

test("an English page shows the English, with the Chinese beside it marked as Chinese", () => {
  render(<ClinicFacilityDetails facility={taihe} locale="en" m={getMessages("en").clinic} />);
  const m = getMessages("en").clinic.current;
  const address = detail(m.address);
  expect(address.textContent).toBe("18 Xincheng Avenue, Taihe Town, Qingxin District （清新区太和镇新城大道 18 号）");
  expect(address.querySelector('[lang="zh-CN"]')?.textContent).toBe("（清新区太和镇新城大道 18 号）");
  // Hours are figures: the English alone.
  expect(detail(m.hours).textContent).toBe("Mon–Sun 08:00–17:30");
});

test("where no English is recorded, an English page shows the Chinese, marked as Chinese", () => {
  render(<ClinicFacilityDetails facility={{ ...taihe, addressEn: null, hoursEn: null }} locale="en" m={getMessages("en").clinic} />);
  const address = detail(getMessages("en").clinic.current.address);
  expect(address.textContent).toBe("清新区太和镇新城大道 18 号");
  expect(address.querySelector('[lang="zh-CN"]')).not.toBeNull();
});
