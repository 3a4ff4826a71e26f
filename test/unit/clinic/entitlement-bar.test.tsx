// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { EntitlementBar } from "@/components/entitlement-bar";
import { EntitlementBucketCard } from "@/components/entitlement-bucket-card";
import type { EntitlementBucket } from "@/lib/ledger/entitlements";
import { getMessages } from "@/lib/i18n/catalogue";

const zh = getMessages("zh-CN").entitlements;
const en = getMessages("en").entitlements;

const outpatient: EntitlementBucket = {
  bucket: "general_outpatient",
  benefitId: "employee-general-outpatient",
  label: { zh: "普通门诊", en: "General outpatient" },
  disease: null,
  diseaseLabel: null,
  usedFen: 425_050,
  capFen: 1_700_000,
  remainingFen: 1_274_950,
  sharedCap: null,
  deductible: { basis: "year", amountFen: 70_000, paidFen: 70_000, remainingFen: 0 },
  policyScopeFen: 900_000,
  rule: { deductibleBasis: "year", deductibles: [{ from: 0, to: 3, value: 70_000 }], laterAdmissionsLower: false, ratios: [{ from: 0, to: 3, value: { ratioBp: 7_500 } }], capFen: 1_700_000, sharedCap: null, chosenClinic: null },
  source: "三明市医疗保障局 明医保函〔2023〕20号",
  unverified: false,
};

describe("entitlement bar", () => {
  test("is a labelled progressbar whose value and words match the figures", () => {
    render(<EntitlementBar id="x" label="基金已支付" valueFen={25_000} maxFen={100_000} valueText="已付 ¥250.00，共 ¥1,000.00" figures="¥250.00 / ¥1,000.00" />);
    const bar = screen.getByRole("progressbar", { name: "基金已支付" });
    expect(bar.getAttribute("aria-valuenow")).toBe("25000");
    expect(bar.getAttribute("aria-valuemax")).toBe("100000");
    expect(bar.getAttribute("aria-valuetext")).toBe("已付 ¥250.00，共 ¥1,000.00");
    expect((bar.firstElementChild as HTMLElement).style.width).toBe("25%");
  });

  test("never draws past full, even when more was paid than the cap", () => {
    render(<EntitlementBar id="y" label="L" valueFen={150} maxFen={100} valueText="t" figures="f" />);
    const bar = screen.getByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("100");
    expect((bar.firstElementChild as HTMLElement).style.width).toBe("100%");
  });
});

describe("a benefit bucket card", () => {
  test("shows used of cap, what is left, the deductible met, the rule and its source", () => {
    render(<EntitlementBucketCard bucket={outpatient} locale="zh-CN" m={zh} />);
    const used = screen.getByRole("progressbar", { name: zh.buckets.used });
    expect(used.getAttribute("aria-valuetext")).toBe("普通门诊：基金已支付 ¥4,250.50，年度限额 ¥17,000.00，还可支付 ¥12,749.50");
    expect(screen.getByTestId("bucket-remaining").textContent).toBe("还可支付：¥12,749.50");
    const deductible = screen.getByRole("progressbar", { name: zh.deductible.heading });
    expect(deductible.getAttribute("aria-valuenow")).toBe("70000");
    expect(screen.getByText(zh.deductible.met)).toBeTruthy();
    // A published source is named in its own words, marked as Chinese; no demo badge.
    const source = screen.getByText("三明市医疗保障局 明医保函〔2023〕20号");
    expect(source.getAttribute("lang")).toBe("zh-CN");
    expect(source.parentElement?.textContent).toBe("依据：三明市医疗保障局 明医保函〔2023〕20号");
    expect(screen.queryByText(zh.provenance.demoBadge)).toBeNull();
  });

  test("a bucket without a cap says so instead of drawing a bar; demo values are flagged", () => {
    const uncapped = { ...outpatient, capFen: null, remainingFen: null, unverified: true, deductible: { basis: "visit" as const, amountFen: 5_000, paidFen: 0, remainingFen: null } };
    render(<EntitlementBucketCard bucket={uncapped} locale="en" m={en} />);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByText("General outpatient: the fund has paid ¥4,250.50; no annual cap")).toBeTruthy();
    expect(screen.getByText("A deductible applies to each visit (¥50.00).")).toBeTruthy();
    // One plain badge and a short sentence in the page's language, never the data's English source note.
    expect(screen.getByText(en.provenance.demoBadge)).toBeTruthy();
    expect(screen.getByText(en.provenance.demoText)).toBeTruthy();
    expect(screen.queryByText(/三明市医疗保障局/)).toBeNull();
  });
});
