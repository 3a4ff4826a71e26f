/**
 * Yangzhou, Jiangsu (扬州, CN-321000).
 *
 * From the Yangzhou implementation plan for employee outpatient mutual aid
 * (2023): chronic-disease (门诊慢性病), special-disease (门诊特殊病) and general
 * outpatient costs incurred together are each reimbursed by their own standard —
 * here, separate buckets with their own deductibles, ratios and caps. The plan's
 * figures are not in the project's sources: every amount and ratio is a demo
 * value. The plan's year is 2023; 2023-01-01 is assumed as its start.
 */
import type { PolicyInput } from "../policy-schema";
import { accountPaysAll, amountsByLevel, criticalIllnessDemo, crossRegionPattern, demo, diseaseLabels, largeAmountDemo, ratiosByLevel, suqianAssistance } from "./common";

const PLAN = "扬州市职工基本医疗保险门诊共济保障机制实施方案 (2023)";
/** The two standards the plan names for chronic and special-disease outpatient care; their figures are not in the project's sources. */
const STANDARDS = "扬医保〔2021〕6号, 扬人社〔2013〕380号";
const STANDARDS_NOTE = `The plan reimburses chronic and special-disease outpatient costs by their own standards (${STANDARDS}); those standards' figures are not in the project's sources, so these are demo values.`;
const FROM = "2023-01-01";
const OWN_STANDARD = "Each outpatient benefit is reimbursed by its own standard (plan, 2023); the figures are demo values.";

export const yangzhou = {
  id: "CN-321000",
  name: { zh: "江苏省扬州市", en: "Yangzhou, Jiangsu" },
  source: PLAN,
  notes: [
    `General outpatient, chronic-disease and special-disease outpatient costs are each reimbursed by their own standard; the plan names ${STANDARDS} for the latter two.`,
    "Where the new cost-based general-outpatient benefit is higher than the old disease-based one, the transition favours the person (not modelled).",
    "Negotiated drugs through the dual channel (双通道) are paid separately and internet medical services may be covered (not modelled).",
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
      deductible: [demo(FROM, { basis: "year", amounts: [{ when: { personTypes: ["employee_retired"] }, amount: 600 }, { amount: 800 }] }, OWN_STANDARD)],
      ratio: [
        demo(
          FROM,
          {
            rows: [
              { when: { personTypes: ["employee_active"], facilityLevels: [0, 1] }, ratio: 0.7 },
              { when: { personTypes: ["employee_active"] }, ratio: 0.6 },
              // An age band: retired people aged 70 or more get 5 more points (demo).
              { when: { personTypes: ["employee_retired"], facilityLevels: [0, 1], minAge: 70 }, ratio: 0.8 },
              { when: { personTypes: ["employee_retired"], minAge: 70 }, ratio: 0.7 },
              { when: { personTypes: ["employee_retired"], facilityLevels: [0, 1] }, ratio: 0.75 },
              { when: { personTypes: ["employee_retired"] }, ratio: 0.65 },
            ],
          },
          OWN_STANDARD,
        ),
      ],
      cap: [demo(FROM, { rows: [{ when: { personTypes: ["employee_retired"] }, amount: 3000 }, { amount: 2500 }] }, OWN_STANDARD)],
    },
    {
      id: "resident_general_outpatient",
      label: { zh: "居民普通门诊统筹", en: "Resident general outpatient" },
      bucket: "general_outpatient",
      visitKinds: ["general_outpatient", "pharmacy"],
      insurance: ["resident"],
      deductible: [demo(FROM, { basis: "year", amounts: [{ amount: 0 }] }, "No deductible (demo).")],
      ratio: [demo(FROM, { rows: [{ when: { facilityLevels: [0, 1] }, ratio: 0.55 }, { ratio: 0.45 }] }, "Demo ratios.")],
      cap: [demo(FROM, { rows: [{ amount: 400 }] }, "Demo annual cap.")],
    },
    {
      id: "chronic_outpatient",
      label: { zh: "门诊慢性病", en: "Chronic-disease outpatient" },
      bucket: "chronic",
      bucketPerDisease: true,
      visitKinds: ["chronic_outpatient"],
      insurance: ["employee", "resident"],
      diseases: ["hypertension", "diabetes", "coronary_heart_disease"],
      deductible: [demo(FROM, { basis: "year", amounts: [{ amount: 200 }] }, "Own yearly deductible per disease (demo). " + STANDARDS_NOTE)],
      ratio: [demo(FROM, { rows: [{ when: { personTypes: ["resident"] }, ratio: 0.6 }, { ratio: 0.75 }] }, STANDARDS_NOTE)],
      cap: [demo(FROM, { rows: [{ amount: 2500 }] }, STANDARDS_NOTE)],
    },
    {
      id: "special_outpatient",
      label: { zh: "门诊特殊病", en: "Special-disease outpatient" },
      bucket: "special",
      bucketPerDisease: true,
      visitKinds: ["chronic_outpatient"],
      insurance: ["employee", "resident"],
      diseases: ["cancer_radiochemotherapy", "uremia_dialysis", "transplant_antirejection"],
      deductible: [demo(FROM, { basis: "year", amounts: [{ amount: 0 }] }, STANDARDS_NOTE)],
      ratio: [demo(FROM, { rows: [{ when: { personTypes: ["resident"] }, ratio: 0.75 }, { ratio: 0.9 }] }, STANDARDS_NOTE)],
      cap: [demo(FROM, { rows: [{ amount: 150000 }] }, STANDARDS_NOTE)],
    },
    {
      id: "inpatient",
      label: { zh: "住院", en: "Inpatient" },
      bucket: "inpatient",
      visitKinds: ["inpatient"],
      insurance: ["employee", "resident"],
      deductible: [
        demo(
          FROM,
          {
            basis: "admission",
            amounts: amountsByLevel([300, 600, 900]),
            admissionSchedule: { kind: "reduction", each: 0.3, floor: 200 },
            onReferral: "pay_difference",
          },
          "Demo: each later admission of the year pays 30 % less, down to 200.",
        ),
      ],
      ratio: [
        demo(
          FROM,
          {
            rows: [
              ...ratiosByLevel([0.85, 0.75, 0.6], { personTypes: ["resident"] }),
              {
                // Banded on the year's cumulative policy-scope amount (demo).
                when: { personTypes: ["employee_active", "employee_retired"] },
                bands: [
                  { upTo: 10000, ratio: 0.85 },
                  { upTo: 30000, ratio: 0.88 },
                  { upTo: null, ratio: 0.92 },
                ],
              },
            ],
          },
          "Demo ratios; employees' ratio rises with the year's cumulative policy-scope amount.",
        ),
      ],
      cap: [demo(FROM, { rows: [{ when: { personTypes: ["resident"] }, amount: 250000 }, { amount: 350000 }] }, "Demo annual caps.")],
    },
  ],
  crossRegion: [crossRegionPattern(FROM)],
  personalAccount: [accountPaysAll(FROM)],
  criticalIllness: [criticalIllnessDemo(FROM, 15000, [{ upTo: 100000, ratio: 0.6 }, { upTo: null, ratio: 0.7 }], 400000)],
  largeAmount: [largeAmountDemo(FROM, 0.9, 400000)],
  assistance: [suqianAssistance(FROM)],
} satisfies PolicyInput;
