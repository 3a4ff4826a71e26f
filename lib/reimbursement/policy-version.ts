/**
 * A policy as in force on one date: every dated series reduced to its entry in
 * force. Versions are cached per policy object and change date, so a shipped
 * policy is resolved once per version however many bills are settled.
 */
import { type Dated, changeDates, inForce, versionOn } from "./dated";
import type { BasisPoints } from "./money";
import type {
  AssistanceRule,
  Benefit,
  CapRule,
  ChosenClinicRule,
  CriticalIllnessRule,
  CrossRegionRule,
  DeductibleRule,
  LargeAmountRule,
  PersonalAccountRule,
  Policy,
  RatioRule,
  SettledItem,
  SharedCap,
} from "./policy-schema";
import type { IsoDate } from "./schema-parts";

export interface BenefitVersion {
  benefit: Benefit;
  deductible: Dated<DeductibleRule>;
  ratio: Dated<RatioRule>;
  cap: Dated<CapRule>;
  chosenClinic?: Dated<ChosenClinicRule> | undefined;
  currentYearAccountFirst?: Dated<boolean> | undefined;
}

export interface SharedCapVersion {
  sharedCap: SharedCap;
  cap: Dated<CapRule>;
}

export interface PolicyVersion {
  policy: Policy;
  /** The date of the latest change in force. */
  version: IsoDate;
  classBShare: Dated<BasisPoints>;
  /** Benefits whose deductible, ratio and cap are all in force, in policy order. */
  benefits: BenefitVersion[];
  sharedCaps: SharedCapVersion[];
  crossRegion?: Dated<CrossRegionRule> | undefined;
  personalAccount?: Dated<PersonalAccountRule> | undefined;
  /** One rule per insurance type at most; see criticalIllnessRuleFor. */
  criticalIllness?: Dated<CriticalIllnessRule[]> | undefined;
  largeAmount?: Dated<LargeAmountRule> | undefined;
  assistance?: Dated<AssistanceRule> | undefined;
  settledItems?: Dated<SettledItem[]> | undefined;
}

interface PolicyCache {
  dates: IsoDate[];
  versions: Map<IsoDate, PolicyVersion | undefined>;
}

const caches = new WeakMap<Policy, PolicyCache>();

function cacheOf(policy: Policy): PolicyCache {
  let cache = caches.get(policy);
  if (!cache) {
    cache = { dates: changeDates(policy), versions: new Map() };
    caches.set(policy, cache);
  }
  return cache;
}

function resolve(policy: Policy, version: IsoDate): PolicyVersion | undefined {
  const classBShare = inForce(policy.classBSelfPayShare, version);
  if (!classBShare) return undefined;
  const benefits: BenefitVersion[] = [];
  for (const benefit of policy.benefits) {
    const deductible = inForce(benefit.deductible, version);
    const ratio = inForce(benefit.ratio, version);
    const cap = inForce(benefit.cap, version);
    if (deductible && ratio && cap) {
      benefits.push({
        benefit,
        deductible,
        ratio,
        cap,
        chosenClinic: inForce(benefit.chosenClinic, version),
        currentYearAccountFirst: inForce(benefit.currentYearAccountFirst, version),
      });
    }
  }
  const sharedCaps: SharedCapVersion[] = [];
  for (const sharedCap of policy.sharedCaps ?? []) {
    const cap = inForce(sharedCap.cap, version);
    if (cap) sharedCaps.push({ sharedCap, cap });
  }
  return {
    policy,
    version,
    classBShare,
    benefits,
    sharedCaps,
    crossRegion: inForce(policy.crossRegion, version),
    personalAccount: inForce(policy.personalAccount, version),
    criticalIllness: inForce(policy.criticalIllness, version),
    largeAmount: inForce(policy.largeAmount, version),
    assistance: inForce(policy.assistance, version),
    settledItems: inForce(policy.settledItems, version),
  };
}

/**
 * The policy in force on `date`, or undefined when the date is before the
 * policy's first version (or before its regional class-B share is in force).
 */
export function policyVersionOn(policy: Policy, date: IsoDate): PolicyVersion | undefined {
  const cache = cacheOf(policy);
  const version = versionOn(cache.dates, date);
  if (version === undefined) return undefined;
  if (cache.versions.has(version)) return cache.versions.get(version);
  const resolved = resolve(policy, version);
  cache.versions.set(version, resolved);
  return resolved;
}

/** The first date on which the policy is in force (for messages). */
export function firstVersionDate(policy: Policy): IsoDate | undefined {
  return policy.classBSelfPayShare[0]?.from;
}

/** True when a bucket id matches a pattern: the id itself or `prefix:*`. */
export function bucketMatches(pattern: string, bucket: string): boolean {
  if (pattern.endsWith(":*")) return bucket.startsWith(pattern.slice(0, -1));
  return pattern === bucket;
}
