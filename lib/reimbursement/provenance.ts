/**
 * What an estimate rests on: every dated value of a shipped policy with the
 * dates it is in force, its source, and whether it is verified (published and
 * cited) or a relayed or demo value. Pure; the `policy:provenance` command and
 * a provenance page show it.
 */
import { getPolicyInput, policyIds } from "./policies";
import type { PolicyInput } from "./policy-schema";

export interface ProvenanceEntry {
  /** Where the value sits in the policy: `benefits.employee_general_outpatient.deductible`, `crossRegion` … */
  path: string;
  /** What the value is about, in Chinese and English (the benefit's label, or the part of the policy). */
  label: { zh: string; en: string };
  /** In force from this date … */
  from: string;
  /** … until the day before this one (null: still in force). */
  until: string | null;
  /** The value as written in the policy (amounts in yuan, ratios as fractions). */
  value: unknown;
  source: string;
  verified: boolean;
  note?: string | undefined;
}

export interface PolicyProvenance {
  id: string;
  name: { zh: string; en: string };
  source: string;
  notes: string[];
  entries: ProvenanceEntry[];
  verifiedCount: number;
  unverifiedCount: number;
}

interface DatedInput {
  from: string;
  value: unknown;
  source: string;
  unverified?: boolean | undefined;
  note?: string | undefined;
}

const PART_LABELS: Record<string, { zh: string; en: string }> = {
  classBSelfPayShare: { zh: "乙类先行自付比例", en: "Class-B first self-pay share" },
  crossRegion: { zh: "异地就医", en: "Cross-region care" },
  personalAccount: { zh: "个人账户", en: "Personal account" },
  criticalIllness: { zh: "大病保险", en: "Critical illness insurance" },
  largeAmount: { zh: "职工大额医疗补助", en: "Employees' large-amount benefit" },
  assistance: { zh: "医疗救助", en: "Medical assistance" },
  settledItems: { zh: "按比例结算的特定项目", en: "Items settled by their own share" },
};

const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  deductible: { zh: "起付线", en: "deductible" },
  ratio: { zh: "报销比例", en: "ratio" },
  cap: { zh: "封顶线", en: "cap" },
  chosenClinic: { zh: "选点就医", en: "chosen clinic" },
  currentYearAccountFirst: { zh: "当年账户段", en: "current-year account segment" },
};

function series(path: string, label: { zh: string; en: string }, entries: ReadonlyArray<DatedInput> | undefined): ProvenanceEntry[] {
  if (!entries) return [];
  return entries.map((entry, index) => ({
    path,
    label,
    from: entry.from,
    until: entries[index + 1]?.from ?? null,
    value: entry.value,
    source: entry.source,
    verified: entry.unverified !== true,
    ...(entry.note === undefined ? {} : { note: entry.note }),
  }));
}

const withField = (label: { zh: string; en: string }, field: string) => {
  const words = FIELD_LABELS[field] ?? { zh: field, en: field };
  return { zh: `${label.zh}：${words.zh}`, en: `${label.en}: ${words.en}` };
};

/** Every dated value of a policy as written, in the policy's order. */
export function provenanceOf(policy: PolicyInput): PolicyProvenance {
  const entries: ProvenanceEntry[] = [...series("classBSelfPayShare", PART_LABELS.classBSelfPayShare!, policy.classBSelfPayShare)];
  for (const benefit of policy.benefits) {
    for (const field of ["deductible", "ratio", "cap", "chosenClinic", "currentYearAccountFirst"] as const) {
      entries.push(...series(`benefits.${benefit.id}.${field}`, withField(benefit.label, field), benefit[field] as ReadonlyArray<DatedInput> | undefined));
    }
  }
  for (const shared of policy.sharedCaps ?? []) entries.push(...series(`sharedCaps.${shared.id}`, shared.label, shared.cap));
  for (const part of ["crossRegion", "personalAccount", "criticalIllness", "largeAmount", "assistance", "settledItems"] as const) {
    entries.push(...series(part, PART_LABELS[part]!, policy[part] as ReadonlyArray<DatedInput> | undefined));
  }
  for (const fact of policy.informative ?? []) entries.push(...series(`informative.${fact.id}`, fact.label, fact.values));
  const verifiedCount = entries.filter((entry) => entry.verified).length;
  return {
    id: policy.id,
    name: policy.name,
    source: policy.source,
    notes: policy.notes ?? [],
    entries,
    verifiedCount,
    unverifiedCount: entries.length - verifiedCount,
  };
}

/** The provenance of a shipped policy by id, or undefined. */
export function policyProvenance(id: string): PolicyProvenance | undefined {
  const input = getPolicyInput(id);
  return input ? provenanceOf(input) : undefined;
}

/** The provenance of every shipped policy. */
export function allPolicyProvenance(): PolicyProvenance[] {
  return policyIds().flatMap((id) => {
    const found = policyProvenance(id);
    return found ? [found] : [];
  });
}
