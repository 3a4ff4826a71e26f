/**
 * Sanming, Fujian (三明, CN-350400).
 *
 * Employee general outpatient from 明医保函〔2023〕20号 (2023-05-26): deductible
 * 700 a year (1 000 before the reform), cap 17 000 (3 000 before), ratios in
 * service 75 % at level 2 and above / 85 % at level 1 and below, retired 80 % /
 * 90 %. The reply dates the reform to 2022 without a day: the project assumes
 * 2022-01-01. The pre-reform deductible and cap are dated from 2019-01-01 (an
 * assumption); the pre-reform ratios are not published (the reform raised them),
 * so the benefit starts 2022. Pharmacy purchases, inpatient care, residents,
 * chronic diseases, critical illness and assistance are demo values.
 */
import type { PolicyInput } from "../policy-schema";
import { accountPaysAll, amountsByLevel, criticalIllnessDemo, crossRegionPattern, demo, diseaseLabels, largeAmountDemo, published, ratiosByLevel, suqianAssistance } from "./common";

const REPLY = "三明市医疗保障局 明医保函〔2023〕20号 (2023-05-26)";
const PRE_REFORM = "2019-01-01";
const REFORM = "2022-01-01";
const PRE_REFORM_NOTE = "Before the reform (the reply gives the old figures); the start date 2019-01-01 is an assumption.";
const REFORM_NOTE = "The reply dates the change to 2022 without a day; 2022-01-01 is assumed.";
const PHARMACY_NOTE =
  "Demo assumption: the reply gives the employee general-outpatient figures by facility level only; settling pharmacy purchases with the level-1 figures (in the same yearly deductible and cap) is not in the source.";

const employeeOutpatientRatios = {
  rows: [
    { when: { personTypes: ["employee_active"], facilityLevels: [2, 3] }, ratio: 0.75 },
    { when: { personTypes: ["employee_active"], facilityLevels: [0, 1] }, ratio: 0.85 },
    { when: { personTypes: ["employee_retired"], facilityLevels: [2, 3] }, ratio: 0.8 },
    { when: { personTypes: ["employee_retired"], facilityLevels: [0, 1] }, ratio: 0.9 },
  ],
} satisfies PolicyInput["benefits"][number]["ratio"][number]["value"];

export const sanming = {
  id: "CN-350400",
  name: { zh: "福建省三明市", en: "Sanming, Fujian" },
  source: REPLY,
  notes: [
    "Employee general-outpatient figures are published (明医保函〔2023〕20号) for facility levels; pharmacy purchases and every other figure are demo values marked unverified.",
    "The reply says the 2022 reform raised the ratios but does not give the earlier ones: employee general outpatient care before 2022 is not estimated.",
    "Cross-province direct settlement covers five chronic / special outpatient diseases: hypertension, diabetes, cancer outpatient radiotherapy / chemotherapy, uremia dialysis and anti-rejection treatment after organ transplant.",
  ],
  diseases: diseaseLabels(["hypertension", "diabetes", "cancer_radiochemotherapy", "uremia_dialysis", "transplant_antirejection"]),
  classBSelfPayShare: [demo(PRE_REFORM, 0.1, "Regional default class-B first self-pay share; items may override it (example SM-4 uses 15 %).")],
  benefits: [
    {
      id: "employee_general_outpatient",
      label: { zh: "职工普通门诊统筹", en: "Employee general outpatient" },
      bucket: "general_outpatient",
      visitKinds: ["general_outpatient"],
      insurance: ["employee"],
      deductible: [
        published(PRE_REFORM, { basis: "year", amounts: [{ amount: 1000 }] }, REPLY, PRE_REFORM_NOTE),
        published(REFORM, { basis: "year", amounts: [{ amount: 700 }] }, REPLY, REFORM_NOTE),
      ],
      // Only the reformed ratios are published; the reply says the 2022 reform raised
      // them, so the earlier ratios are unknown and the benefit cannot be settled
      // before 2022 (its deductible and cap before then are kept as history).
      ratio: [published(REFORM, employeeOutpatientRatios, REPLY, REFORM_NOTE)],
      cap: [
        published(PRE_REFORM, { rows: [{ amount: 3000 }] }, REPLY, PRE_REFORM_NOTE),
        published(REFORM, { rows: [{ amount: 17000 }] }, REPLY, REFORM_NOTE),
      ],
    },
    {
      id: "employee_pharmacy",
      label: { zh: "职工定点药店购药", en: "Employee pharmacy purchase" },
      bucket: "general_outpatient",
      visitKinds: ["pharmacy"],
      insurance: ["employee"],
      deductible: [demo(REFORM, { basis: "year", amounts: [{ amount: 700 }] }, PHARMACY_NOTE)],
      ratio: [demo(REFORM, { rows: [{ when: { personTypes: ["employee_retired"] }, ratio: 0.9 }, { ratio: 0.85 }] }, PHARMACY_NOTE)],
      cap: [demo(REFORM, { rows: [{ amount: 17000 }] }, PHARMACY_NOTE)],
    },
    {
      id: "resident_general_outpatient",
      label: { zh: "居民普通门诊统筹", en: "Resident general outpatient" },
      bucket: "general_outpatient",
      visitKinds: ["general_outpatient", "pharmacy"],
      insurance: ["resident"],
      deductible: [demo(PRE_REFORM, { basis: "year", amounts: [{ amount: 0 }] }, "No deductible for residents' general outpatient care (demo).")],
      ratio: [
        demo(
          PRE_REFORM,
          { rows: ratiosByLevel([0.6, 0.5, 0.4]) },
          "Level-differentiated demo ratios.",
        ),
      ],
      cap: [demo(PRE_REFORM, { rows: [{ amount: 400 }] }, "Demo annual cap.")],
    },
    {
      id: "common_chronic_outpatient",
      label: { zh: "门诊慢性病", en: "Chronic-disease outpatient" },
      bucket: "chronic",
      bucketPerDisease: true,
      visitKinds: ["chronic_outpatient"],
      insurance: ["employee", "resident"],
      diseases: ["hypertension", "diabetes"],
      deductible: [demo(PRE_REFORM, { basis: "year", amounts: [{ amount: 0 }] }, "No deductible for approved chronic diseases (demo).")],
      ratio: [demo(PRE_REFORM, { rows: [{ when: { personTypes: ["resident"] }, ratio: 0.7 }, { ratio: 0.85 }] }, "Demo ratios.")],
      cap: [demo(PRE_REFORM, { rows: [{ when: { personTypes: ["resident"] }, amount: 2000 }, { amount: 3000 }] }, "Demo cap per disease and year.")],
    },
    {
      id: "special_disease_outpatient",
      label: { zh: "门诊特殊病种", en: "Special-disease outpatient" },
      bucket: "chronic",
      bucketPerDisease: true,
      visitKinds: ["chronic_outpatient"],
      insurance: ["employee", "resident"],
      diseases: ["cancer_radiochemotherapy", "uremia_dialysis", "transplant_antirejection"],
      deductible: [demo(PRE_REFORM, { basis: "year", amounts: [{ amount: 0 }] }, "No deductible (demo).")],
      ratio: [demo(PRE_REFORM, { rows: [{ when: { personTypes: ["resident"] }, ratio: 0.75 }, { ratio: 0.9 }] }, "Demo ratios, as for inpatient care at level 2.")],
      cap: [demo(PRE_REFORM, { rows: [{ amount: 100000 }] }, "Demo cap per disease and year.")],
    },
    {
      id: "employee_inpatient",
      label: { zh: "职工住院", en: "Employee inpatient" },
      bucket: "inpatient",
      visitKinds: ["inpatient"],
      insurance: ["employee"],
      deductible: [
        demo(
          PRE_REFORM,
          {
            basis: "admission",
            amounts: amountsByLevel([200, 500, 800]),
            admissionSchedule: { kind: "factors", factors: [1, 0.7, 0.5] },
            onReferral: "pay_difference",
          },
          "Demo: the source covers outpatient care only. Later admissions pay 70 % then 50 % of the first deductible.",
        ),
      ],
      ratio: [
        demo(
          PRE_REFORM,
          {
            rows: [
              ...ratiosByLevel([0.95, 0.9, 0.85], { personTypes: ["employee_active"] }),
              ...ratiosByLevel([0.97, 0.93, 0.89], { personTypes: ["employee_retired"] }),
            ],
          },
          "Demo ratios by level and person type.",
        ),
      ],
      cap: [demo(PRE_REFORM, { rows: [{ amount: 150000 }] }, "Demo annual cap of the pooled fund.")],
    },
    {
      id: "resident_inpatient",
      label: { zh: "居民住院", en: "Resident inpatient" },
      bucket: "inpatient",
      visitKinds: ["inpatient"],
      insurance: ["resident"],
      deductible: [
        demo(
          PRE_REFORM,
          {
            basis: "admission",
            amounts: amountsByLevel([200, 600, 1000]),
            admissionSchedule: { kind: "factors", factors: [1, 0.7, 0.5] },
            onReferral: "pay_difference",
          },
          "Demo values.",
        ),
      ],
      ratio: [
        demo(
          PRE_REFORM,
          { rows: ratiosByLevel([0.9, 0.8, 0.65]) },
          "Demo ratios.",
        ),
      ],
      cap: [demo(PRE_REFORM, { rows: [{ amount: 150000 }] }, "Demo annual cap.")],
    },
  ],
  crossRegion: [crossRegionPattern(PRE_REFORM)],
  personalAccount: [accountPaysAll(PRE_REFORM)],
  criticalIllness: [criticalIllnessDemo(PRE_REFORM, 12000, [{ upTo: 100000, ratio: 0.6 }, { upTo: null, ratio: 0.7 }], 400000)],
  largeAmount: [largeAmountDemo(PRE_REFORM, 0.9, 400000)],
  assistance: [suqianAssistance(PRE_REFORM)],
} satisfies PolicyInput;
