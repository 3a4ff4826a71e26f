/**
 * Wuhan, Hubei (武汉, CN-420100).
 *
 * From the bureau's reply to CPPCC proposal 20190207 (2019-08-26): ratios differ
 * by facility level to steer patients to primary care; on referral, moving to a
 * higher level pays only the difference between the deductibles, moving down or
 * sideways pays none; 31 chronic diseases are covered in outpatient care (six
 * are shipped here). The rules are dated from 2019-01-01 (assumed: in force
 * when the reply was written). Employee general outpatient 2023 figures come
 * from a relay source (unverified); before 2023 employees' general outpatient
 * care was paid from the personal account only, so the fund pays nothing then.
 */
import type { PolicyInput } from "../policy-schema";
import { accountPaysAll, amountsByLevel, criticalIllnessDemo, crossRegionPattern, demo, diseaseLabels, largeAmountDemo, ratiosByLevel, relayed, suqianAssistance } from "./common";

const REPLY = "武汉市医疗保障局 对市政协十三届三次会议第20190207号提案的答复 (2019-08-26)";
const RELAY = "Relay source (secondary report of Wuhan's 2023 employee outpatient mutual-aid benefits)";
const FROM = "2019-01-01";
const OUTPATIENT_REFORM = "2023-01-01";

/**
 * Inpatient deductibles: the amounts are demo values (the 2019 reply gives none),
 * so the entry's source is the demo source; the referral carry-over it applies
 * (moving up pays the difference, down or sideways nothing) is the reply's rule.
 */
function inpatientDeductible(amounts: [number, number, number]) {
  return demo(
    FROM,
    { basis: "admission" as const, amounts: amountsByLevel(amounts), onReferral: "pay_difference" as const },
    `Demo amounts by level. The referral carry-over applied with them is described in ${REPLY}.`,
  );
}

export const wuhan = {
  id: "CN-420100",
  name: { zh: "湖北省武汉市", en: "Wuhan, Hubei" },
  source: REPLY,
  notes: [
    "Wuhan covers 31 chronic diseases in outpatient care and pays 151 diseases per disease; six chronic diseases are shipped with demo figures.",
    "Employees' general outpatient benefit (outpatient mutual aid) starts 2023-01-01 in this policy (relayed figures).",
  ],
  diseases: diseaseLabels(["hypertension", "diabetes", "coronary_heart_disease", "cancer_radiochemotherapy", "uremia_dialysis", "transplant_antirejection"]),
  classBSelfPayShare: [demo(FROM, 0.1, "Regional default class-B first self-pay share (demo).")],
  benefits: [
    {
      id: "employee_general_outpatient",
      label: { zh: "职工普通门诊统筹", en: "Employee general outpatient" },
      bucket: "general_outpatient",
      visitKinds: ["general_outpatient", "pharmacy"],
      insurance: ["employee"],
      deductible: [
        relayed(
          OUTPATIENT_REFORM,
          { basis: "year", amounts: [{ when: { personTypes: ["employee_retired"] }, amount: 500 }, { amount: 700 }] },
          RELAY,
          "In service 700, retired 500 a year (relayed, 2023; 2023-01-01 assumed).",
        ),
      ],
      ratio: [
        relayed(
          OUTPATIENT_REFORM,
          {
            rows: [
              ...ratiosByLevel([0.85, 0.65, 0.55], { personTypes: ["employee_active"] }),
              ...ratiosByLevel([0.9, 0.75, 0.65], { personTypes: ["employee_retired"] }),
            ],
          },
          RELAY,
          "Pharmacy and level 1 / level 2 / level 3: in service 85 / 65 / 55 %, retired 90 / 75 / 65 % (relayed).",
        ),
      ],
      cap: [relayed(OUTPATIENT_REFORM, { rows: [{ when: { personTypes: ["employee_retired"] }, amount: 4000 }, { amount: 3500 }] }, RELAY, "In service 3 500, retired 4 000 a year (relayed).")],
    },
    {
      id: "resident_general_outpatient",
      label: { zh: "居民普通门诊统筹", en: "Resident general outpatient" },
      bucket: "general_outpatient",
      visitKinds: ["general_outpatient", "pharmacy"],
      insurance: ["resident"],
      deductible: [demo(FROM, { basis: "year", amounts: [{ amount: 0 }] }, "No deductible (demo).")],
      ratio: [demo(FROM, { rows: ratiosByLevel([0.6, 0.5, 0.4]) }, "Level-differentiated demo ratios.")],
      cap: [demo(FROM, { rows: [{ amount: 500 }] }, "Demo annual cap.")],
    },
    {
      id: "common_chronic_outpatient",
      label: { zh: "门诊慢性病", en: "Chronic-disease outpatient" },
      bucket: "chronic",
      bucketPerDisease: true,
      visitKinds: ["chronic_outpatient"],
      insurance: ["employee", "resident"],
      diseases: ["hypertension", "diabetes", "coronary_heart_disease"],
      deductible: [demo(FROM, { basis: "year", amounts: [{ amount: 0 }] }, "No deductible (demo).")],
      ratio: [demo(FROM, { rows: [{ when: { personTypes: ["resident"] }, ratio: 0.6 }, { ratio: 0.8 }] }, "Demo ratios.")],
      cap: [demo(FROM, { rows: [{ amount: 3000 }] }, "Demo cap per disease and year.")],
    },
    {
      id: "special_disease_outpatient",
      label: { zh: "门诊重症（慢性）疾病", en: "Serious chronic-disease outpatient" },
      bucket: "chronic",
      bucketPerDisease: true,
      visitKinds: ["chronic_outpatient"],
      insurance: ["employee", "resident"],
      diseases: ["cancer_radiochemotherapy", "uremia_dialysis", "transplant_antirejection"],
      deductible: [demo(FROM, { basis: "year", amounts: [{ amount: 0 }] }, "No deductible (demo).")],
      ratio: [demo(FROM, { rows: [{ when: { personTypes: ["resident"] }, ratio: 0.7 }, { ratio: 0.9 }] }, "Demo ratios.")],
      cap: [demo(FROM, { rows: [{ amount: 100000 }] }, "Demo cap per disease and year.")],
    },
    {
      id: "employee_inpatient",
      label: { zh: "职工住院", en: "Employee inpatient" },
      bucket: "inpatient",
      visitKinds: ["inpatient"],
      insurance: ["employee"],
      deductible: [inpatientDeductible([200, 400, 800])],
      ratio: [
        demo(
          FROM,
          {
            rows: [
              ...ratiosByLevel([0.92, 0.88, 0.85], { personTypes: ["employee_active"] }),
              ...ratiosByLevel([0.95, 0.92, 0.9], { personTypes: ["employee_retired"] }),
            ],
          },
          "Level-differentiated ratios (reply); the figures are demo values.",
        ),
      ],
      cap: [demo(FROM, { rows: [{ amount: 300000 }] }, "Demo annual cap.")],
    },
    {
      id: "resident_inpatient",
      label: { zh: "居民住院", en: "Resident inpatient" },
      bucket: "inpatient",
      visitKinds: ["inpatient"],
      insurance: ["resident"],
      deductible: [inpatientDeductible([200, 500, 1000])],
      ratio: [demo(FROM, { rows: ratiosByLevel([0.9, 0.75, 0.6]) }, "Level-differentiated ratios (reply); the figures are demo values.")],
      cap: [demo(FROM, { rows: [{ amount: 200000 }] }, "Demo annual cap.")],
    },
  ],
  /** The three common chronic diseases share one annual cap besides their own (demo). */
  sharedCaps: [
    {
      id: "common_chronic_total",
      label: { zh: "门诊慢性病合计封顶线", en: "Chronic-disease outpatient, shared cap" },
      buckets: ["chronic:hypertension", "chronic:diabetes", "chronic:coronary_heart_disease"],
      cap: [demo(FROM, { rows: [{ amount: 5000 }] }, "Demo shared cap over the common chronic diseases.")],
    },
  ],
  crossRegion: [crossRegionPattern(FROM)],
  personalAccount: [accountPaysAll(FROM)],
  criticalIllness: [criticalIllnessDemo(FROM, 12000, [{ upTo: 50000, ratio: 0.6 }, { upTo: 100000, ratio: 0.65 }, { upTo: null, ratio: 0.7 }], 400000)],
  largeAmount: [largeAmountDemo(FROM, 0.9, 500000)],
  assistance: [suqianAssistance(FROM)],
} satisfies PolicyInput;
