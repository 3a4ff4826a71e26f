/**
 * Qingyuan, Guangdong (清远, CN-441800).
 *
 * From 清医保待函〔2021〕28号 (2021-04-29): general outpatient care is covered
 * only at the clinic the person chose (with its village health stations); an
 * upward referral goes through that clinic; no annual payment cap for the
 * insured person; funding 72 yuan per person and year, 79 where the general
 * consultation fee (一般诊疗费) applies (informative). Treating a tight county
 * medical alliance (医共体) as one unit is described only as an exploration on
 * the 2021 work list, so it is not applied.
 * The reply describes rules in force in 2021; 2021-01-01 is assumed as their
 * start. Ratios for general outpatient and residents' inpatient care come from
 * relay sources (unverified); everything else is a demo value.
 */
import type { PolicyInput } from "../policy-schema";
import { accountPaysAll, amountsByLevel, criticalIllnessDemo, crossRegionPattern, demo, diseaseLabels, largeAmountDemo, published, ratiosByLevel, relayed, suqianAssistance } from "./common";

const REPLY = "清远市医疗保障局 清医保待函〔2021〕28号 (2021-04-29)";
const RELAY = "Relay source (secondary report of Qingyuan's medical-insurance benefits)";
const FROM = "2021-01-01";
const FROM_NOTE = "The reply (2021-04-29) describes rules in force in 2021; 2021-01-01 is assumed as their start.";

// The reply describes an alliance (医共体) counting as one unit only as an
// exploration on the 2021 work list, for fully unified alliances: not a rule in
// force, so a member of the alliance does not count as the chosen clinic.
const chosenClinicOnly = [
  published(
    FROM,
    { required: true, allianceCounts: false, referralCounts: true },
    REPLY,
    "Only at the chosen clinic (with its village stations) or on its upward referral. Treating a fully unified county alliance as one unit is an exploration on the 2021 work list in the reply, not a rule in force. " + FROM_NOTE,
  ),
];
const noCap = [published(FROM, { rows: [{ amount: null }] }, REPLY, "No annual payment cap for the insured person (capitation per chosen clinic). " + FROM_NOTE)];

export const qingyuan = {
  id: "CN-441800",
  name: { zh: "广东省清远市", en: "Qingyuan, Guangdong" },
  source: REPLY,
  notes: [
    "General outpatient care is paid only at the chosen clinic or on its referral; the request says where the visit is (visit.chosenClinic). Counting a whole medical alliance as one unit was only an exploration in 2021 and is not applied.",
    "Residents' general outpatient care at pharmacies is not covered by the pooled fund in this demo policy.",
  ],
  diseases: diseaseLabels(["hypertension", "diabetes", "cancer_radiochemotherapy", "uremia_dialysis", "transplant_antirejection"]),
  classBSelfPayShare: [demo(FROM, 0.1, "Regional default class-B first self-pay share (demo).")],
  benefits: [
    {
      id: "resident_general_outpatient",
      label: { zh: "居民普通门诊统筹（选点）", en: "Resident general outpatient (chosen clinic)" },
      bucket: "general_outpatient",
      visitKinds: ["general_outpatient"],
      insurance: ["resident"],
      chosenClinic: chosenClinicOnly,
      deductible: [demo(FROM, { basis: "year", amounts: [{ amount: 0 }] }, "No deductible (demo).")],
      ratio: [
        relayed(
          FROM,
          { rows: ratiosByLevel([0.55, 0.45, 0.35]) },
          RELAY,
          "55 % at the chosen level-1 clinic is from a relay source; the level-2 and level-3 ratios (on referral) are demo values.",
        ),
      ],
      cap: noCap,
    },
    {
      id: "employee_general_outpatient",
      label: { zh: "职工普通门诊统筹（选点）", en: "Employee general outpatient (chosen clinic)" },
      bucket: "general_outpatient",
      visitKinds: ["general_outpatient"],
      insurance: ["employee"],
      chosenClinic: chosenClinicOnly,
      deductible: [demo(FROM, { basis: "year", amounts: [{ amount: 0 }] }, "No deductible (demo).")],
      ratio: [
        demo(
          FROM,
          {
            rows: [
              { when: { personTypes: ["employee_active"], facilityLevels: [0, 1] }, ratio: 0.7 },
              { when: { personTypes: ["employee_active"] }, ratio: 0.6 },
              { when: { personTypes: ["employee_retired"], facilityLevels: [0, 1] }, ratio: 0.75 },
              { when: { personTypes: ["employee_retired"] }, ratio: 0.65 },
            ],
          },
          "Demo ratios; the chosen-clinic rule of the reply is assumed to apply to employees too.",
        ),
      ],
      cap: noCap,
    },
    {
      id: "employee_pharmacy",
      label: { zh: "职工定点药店购药", en: "Employee pharmacy purchase" },
      bucket: "general_outpatient",
      visitKinds: ["pharmacy"],
      insurance: ["employee"],
      deductible: [demo(FROM, { basis: "year", amounts: [{ amount: 0 }] }, "No deductible (demo).")],
      ratio: [demo(FROM, { rows: [{ ratio: 0.5 }] }, "Demo ratio for prescriptions filled at a designated pharmacy.")],
      // The reply's "no annual cap" is about general outpatient care at the chosen clinic; it says nothing of pharmacies.
      cap: [demo(FROM, { rows: [{ amount: null }] }, "No cap for pharmacy purchases is a demo assumption: the reply's \"no annual cap\" concerns general outpatient care at the chosen clinic and says nothing about pharmacies.")],
    },
    {
      id: "chronic_outpatient",
      label: { zh: "门诊特定病种", en: "Chronic and special-disease outpatient" },
      bucket: "chronic",
      bucketPerDisease: true,
      visitKinds: ["chronic_outpatient"],
      insurance: ["employee", "resident"],
      diseases: ["hypertension", "diabetes", "cancer_radiochemotherapy", "uremia_dialysis", "transplant_antirejection"],
      deductible: [demo(FROM, { basis: "year", amounts: [{ amount: 0 }] }, "No deductible (demo).")],
      ratio: [demo(FROM, { rows: [{ when: { personTypes: ["resident"] }, ratio: 0.7 }, { ratio: 0.85 }] }, "Demo ratios.")],
      cap: [demo(FROM, { rows: [{ when: { personTypes: ["resident"] }, amount: 50000 }, { amount: 80000 }] }, "Demo cap per disease and year.")],
    },
    {
      id: "resident_inpatient",
      label: { zh: "居民住院", en: "Resident inpatient" },
      bucket: "inpatient",
      visitKinds: ["inpatient"],
      insurance: ["resident"],
      deductible: [
        demo(
          FROM,
          { basis: "admission", amounts: amountsByLevel([300, 600, 1000]), onReferral: "pay_difference" },
          "Demo deductibles by level.",
        ),
      ],
      ratio: [
        relayed(
          FROM,
          {
            rows: [
              ...ratiosByLevel([0.9, 0.75, 0.65], { crossRegion: ["none", "filed"] }),
              ...ratiosByLevel([0.7, 0.6, 0.5], { crossRegion: ["unfiled_referral"] }),
              ...ratiosByLevel([0.6, 0.5, 0.4], { crossRegion: ["unfiled_other"] }),
            ],
          },
          RELAY,
          "In-city 90 / 75 / 65 % and out-of-city 70 / 60 / 50 % by level 1 / 2 / 3 are relayed; out-of-city is applied to unfiled referral or emergency care, and unfiled other care 10 points lower is a demo value.",
        ),
      ],
      cap: [relayed(FROM, { rows: [{ amount: 500000 }] }, RELAY, "Residents' inpatient cap 500 000 (relayed).")],
    },
    {
      id: "employee_inpatient",
      label: { zh: "职工住院", en: "Employee inpatient" },
      bucket: "inpatient",
      visitKinds: ["inpatient"],
      insurance: ["employee"],
      deductible: [
        demo(
          FROM,
          { basis: "admission", amounts: amountsByLevel([300, 600, 1000]), onReferral: "pay_difference" },
          "Demo deductibles by level.",
        ),
      ],
      ratio: [demo(FROM, { rows: ratiosByLevel([0.95, 0.9, 0.85]) }, "Demo ratios.")],
      cap: [demo(FROM, { rows: [{ amount: 300000 }] }, "Demo annual cap.")],
    },
  ],
  crossRegion: [crossRegionPattern(FROM)],
  personalAccount: [accountPaysAll(FROM)],
  criticalIllness: [criticalIllnessDemo(FROM, 11000, [{ upTo: 100000, ratio: 0.6 }, { upTo: null, ratio: 0.7 }], 400000)],
  largeAmount: [largeAmountDemo(FROM, 0.9, 500000)],
  assistance: [suqianAssistance(FROM)],
  informative: [
    {
      id: "general_outpatient_funding",
      label: { zh: "普通门诊统筹筹资标准", en: "General-outpatient funding per person and year" },
      values: [published(FROM, "72 元/人·年（实行一般诊疗费的 79 元）; 72 yuan (79 where the general consultation fee, 一般诊疗费, applies)", REPLY, "Capitation paid per chosen clinic; informative only, not used in settlements.")],
    },
  ],
} satisfies PolicyInput;
