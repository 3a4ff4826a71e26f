/**
 * Ningbo, Zhejiang (宁波, CN-330200) — only what the bureau's published worked
 * example states: residents' inpatient care at a level-3 hospital, first
 * admission of the year, deductible 1 200 and ratio 70 % (the project's worked
 * example PUB-1). The example's document title, number and date are not in the
 * project's sources, and it gives no year: its figures are relayed, not
 * verified, and dated from 2020-01-01 by assumption. Nothing else is shipped for
 * Ningbo: other people, levels and kinds of visit are not estimated.
 */
import type { PolicyInput } from "../policy-schema";
import { demo, relayed } from "./common";

const EXAMPLE = "宁波市医疗保障局 published worked example: resident inpatient, level 3, first admission (title, number and date not in the project's sources)";
const FROM = "2020-01-01";
const RELAY_NOTE = "From the bureau's published worked example as the project's worked examples relay it; the document is not cited by title, number and date, and its year is not given (2020-01-01 assumed).";

export const ningbo = {
  id: "CN-330200",
  name: { zh: "浙江省宁波市", en: "Ningbo, Zhejiang" },
  source: EXAMPLE,
  notes: [
    "Only the published worked example's parameters are shipped: residents' inpatient care at level-3 hospitals. Other people, facility levels and kinds of visit are not estimated for Ningbo.",
  ],
  classBSelfPayShare: [demo(FROM, 0.1, "Regional default class-B first self-pay share (demo): the example gives the class-B first self-pay as an amount (500.00), not the share.")],
  benefits: [
    {
      id: "resident_inpatient",
      label: { zh: "居民住院", en: "Resident inpatient" },
      bucket: "inpatient",
      visitKinds: ["inpatient"],
      insurance: ["resident"],
      deductible: [relayed(FROM, { basis: "admission", amounts: [{ when: { facilityLevels: [3] }, amount: 1200 }] }, EXAMPLE, `Level 3, first admission: 1 200. ${RELAY_NOTE}`)],
      ratio: [relayed(FROM, { rows: [{ when: { facilityLevels: [3] }, ratio: 0.7 }] }, EXAMPLE, `Level 3: 70 %. ${RELAY_NOTE}`)],
      cap: [demo(FROM, { rows: [{ amount: null }] }, "The example states no annual cap; none is applied (demo assumption).")],
    },
  ],
} satisfies PolicyInput;
