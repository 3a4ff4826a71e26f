/**
 * Lanzhou, Gansu (兰州, CN-620100) — only what the bureau's published worked
 * example states: an employee in service at a level-2 facility, general
 * outpatient care, deductible 200 and ratio 60 % (the project's worked example
 * PUB-2). The example's document title, number and date are not in the
 * project's sources and it does not say whether the deductible is per year or
 * per visit: the figures are relayed, not verified, the yearly basis and the
 * 2020-01-01 start are assumptions. Nothing else is shipped for Lanzhou.
 */
import type { PolicyInput } from "../policy-schema";
import { demo, relayed } from "./common";

const EXAMPLE = "兰州市医疗保障局 published worked example: employee in service, level-2 outpatient (title, number and date not in the project's sources)";
const FROM = "2020-01-01";
const RELAY_NOTE = "From the bureau's published worked example as the project's worked examples relay it; the document is not cited by title, number and date, and its year is not given (2020-01-01 assumed).";

export const lanzhou = {
  id: "CN-620100",
  name: { zh: "甘肃省兰州市", en: "Lanzhou, Gansu" },
  source: EXAMPLE,
  notes: [
    "Only the published worked example's parameters are shipped: general outpatient care of employees in service at level-2 facilities. Other people, facility levels and kinds of visit are not estimated for Lanzhou.",
  ],
  classBSelfPayShare: [demo(FROM, 0.1, "Regional default class-B first self-pay share (demo): the example has no class-B item.")],
  benefits: [
    {
      id: "employee_general_outpatient",
      label: { zh: "职工普通门诊统筹", en: "Employee general outpatient" },
      bucket: "general_outpatient",
      visitKinds: ["general_outpatient"],
      insurance: ["employee"],
      deductible: [
        relayed(FROM, { basis: "year", amounts: [{ when: { personTypes: ["employee_active"], facilityLevels: [2] }, amount: 200 }] }, EXAMPLE, `In service, level 2: 200; a yearly deductible is assumed (the example does not say). ${RELAY_NOTE}`),
      ],
      ratio: [relayed(FROM, { rows: [{ when: { personTypes: ["employee_active"], facilityLevels: [2] }, ratio: 0.6 }] }, EXAMPLE, `In service, level 2: 60 %. ${RELAY_NOTE}`)],
      cap: [demo(FROM, { rows: [{ amount: null }] }, "The example states no annual cap; none is applied (demo assumption).")],
    },
  ],
} satisfies PolicyInput;
