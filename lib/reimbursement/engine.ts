/**
 * The fen-domain core: a policy version, a person, a visit, bill lines,
 * year-to-date accumulators and a personal account in; a settlement with its
 * steps out. Pure: no I/O, no clock — the service date is part of the input.
 */
import { accumulatorsAfter, withDefaults } from "./accumulators";
import { bucketOf, chosenClinicAllows, findBenefit, knowsDisease, noVersionIssue, unknownDiseaseIssue } from "./benefits";
import { provenance } from "./dated";
import { type FundBase, basicFund, crossRegionAdjustment } from "./fund";
import { type RequestIssue, issue } from "./issues";
import { type ItemSplit, splitItems } from "./items";
import { type Fen, mulRatio } from "./money";
import { type BenefitVersion, type PolicyVersion, policyVersionOn } from "./policy-version";
import { assistancePayment, criticalIllnessBase, criticalIllnessPayment, criticalIllnessRuleFor, largeAmountPayment } from "./supplementary";
import type { Accumulators, AccountUse, Person, Settlement, SettlementInput, Step } from "./types";

/** Steps of the item level: class C, price ceilings, class-B shares and listed items settled by their own share. */
function itemSteps(version: PolicyVersion, items: ItemSplit): Step[] {
  const steps: Step[] = [];
  if (items.classCLines > 0) steps.push({ rule: "class_c", base: items.total, amount: items.fullOwnPay, lines: items.classCLines });
  if (items.overLimit > 0) steps.push({ rule: "price_ceiling", base: items.total - items.fullOwnPay, amount: items.overLimit, lines: items.ceilingLines });
  if (items.classBBase > 0) {
    const regional = items.usedRegionalShare ? version.classBShare : undefined;
    steps.push({ rule: "class_b_share", base: items.classBBase, amount: items.classBShare, shares: items.classBShares, ...provenance(regional) });
  }
  for (const part of items.settled) {
    steps.push({ rule: "settled_item", base: part.base, amount: part.personal, itemId: part.item.id, label: part.item.label, personalShare: part.item.personalShare, fund: part.fund, ...provenance(version.settledItems) });
  }
  return steps;
}

export type SettlementResult = { ok: true; settlement: Settlement } | { ok: false; issues: RequestIssue[] };

/**
 * 个人账户: the person's share up to the balance; a relative's account only where
 * the policy allows 家庭共济. Where this year's credit pays an account segment
 * first, it pays only that segment (the rest comes from earlier years'
 * balance), and the segment counts as paid by the account.
 */
function accountPayment(version: PolicyVersion, person: Person, account: AccountUse, personalShare: Fen, fullOwnPay: Fen, overLimit: Fen, segment: Fen, credit: Fen) {
  const entry = version.personalAccount;
  const rule = entry?.value ?? { paysFullOwnPay: true, paysOverLimit: true, familyMutualAid: true };
  const allowed = account.use && (account.owner === "self" ? person.insurance === "employee" : rule.familyMutualAid);
  // The segment stays the person's burden, so later funds may have paid part of it: the account pays at most the share left.
  const segmentPaid = Math.min(segment, personalShare);
  const payable = Math.max(0, personalShare - segmentPaid - (rule.paysFullOwnPay ? 0 : fullOwnPay) - (rule.paysOverLimit ? 0 : overLimit));
  const available = account.balance - Math.max(credit, segmentPaid);
  const amount = allowed ? Math.min(payable, available) : 0;
  const step: Step = { rule: "personal_account", base: payable, amount, balance: available, owner: account.owner, allowed, ...provenance(entry) };
  return { amount: segmentPaid + amount, step };
}

/** 当年账户段: what this year's personal-account credit pays of the policy-scope amount before the deductible. */
function accountSegmentOf(candidate: BenefitVersion, person: Person, account: AccountUse | undefined, regularScope: Fen): Fen {
  if (candidate.currentYearAccountFirst?.value !== true || !account?.use || account.owner !== "self" || person.insurance !== "employee") return 0;
  return Math.min(regularScope, account.currentYearBalance ?? 0, account.balance);
}

interface FundPayments {
  deductible: Fen;
  deductibleKey: string | null;
  settledPaid: Fen;
  hifp: Fen;
  hifob: Fen;
  hifmi: Fen;
  maf: Fen;
  /** Added to the year's critical-illness burden (0 when that insurance does not apply). */
  burden: Fen;
  /** Added to the year's assistance burden (0 when assistance does not apply). */
  assistanceBase: Fen;
  steps: Step[];
}

/** Basic fund, then large-amount benefit, critical illness insurance and medical assistance. */
function fundPayments(
  version: PolicyVersion,
  candidate: BenefitVersion,
  bucket: string,
  input: SettlementInput,
  before: Accumulators,
  policyScope: Fen,
  base: FundBase,
): FundPayments | "incomplete" {
  const { person, visit } = input;
  const basic = basicFund(version, candidate, bucket, input, before, base);
  if (basic === "incomplete") return basic;
  const steps = [...basic.steps];
  const large = largeAmountPayment(version.largeAmount, person, bucket, basic.aboveCap, before);
  steps.push(...large.steps);
  const burden = policyScope - basic.fund - large.amount;
  const criticalEntry = criticalIllnessRuleFor(version.criticalIllness, person.insurance);
  const criticalBase = criticalIllnessBase(criticalEntry, burden, basic.deductible);
  const critical = criticalIllnessPayment(criticalEntry, person, visit.kind, criticalBase, before);
  steps.push(...critical.steps);
  const remaining = burden - critical.amount;
  const assistance = assistancePayment(version.assistance, person, visit.kind, remaining, before);
  steps.push(...assistance.steps);
  return {
    deductible: basic.deductible,
    deductibleKey: basic.deductibleKey,
    settledPaid: basic.settledPaid,
    hifp: basic.fund,
    hifob: large.amount,
    hifmi: critical.amount,
    maf: assistance.amount,
    burden: critical.steps.length > 0 ? criticalBase : 0,
    assistanceBase: assistance.steps.length > 0 ? remaining : 0,
    steps,
  };
}

const NOTHING_PAID: FundPayments = { deductible: 0, deductibleKey: null, settledPaid: 0, hifp: 0, hifob: 0, hifmi: 0, maf: 0, burden: 0, assistanceBase: 0, steps: [] };

/**
 * Settles one bill. Returns issues (never throws) when the date is before the
 * policy, the disease is unknown to it, an employee has no status, or the
 * policy's tables have no row for this person and visit.
 */
export function computeSettlement(input: SettlementInput): SettlementResult {
  const { policy, person, visit } = input;
  const version = policyVersionOn(policy, input.serviceDate);
  if (!version) return { ok: false, issues: [noVersionIssue(policy)] };
  if (visit.kind === "chronic_outpatient") {
    if (visit.disease === undefined) return { ok: false, issues: [issue("visit.disease", "disease_required")] };
    if (!knowsDisease(policy, visit.disease)) return { ok: false, issues: [unknownDiseaseIssue(policy)] };
  }
  if (person.insurance === "employee" && person.status === undefined) return { ok: false, issues: [issue("person.status", "status_required")] };

  const before = withDefaults(input.accumulators);
  const items = splitItems(input.lines, version.classBShare.value, version.settledItems?.value);
  const steps: Step[] = itemSteps(version, items);

  const candidate = findBenefit(version, person, visit);
  const clinicRule = candidate?.chosenClinic;
  const clinicAllowed = !clinicRule || chosenClinicAllows(clinicRule.value, visit);
  const bucket = candidate && clinicAllowed ? bucketOf(candidate, visit) : null;
  // 异地就医先行自付: a first share of the (regular) policy-scope amount for care away from home.
  const firstSelfPay = bucket === null ? 0 : (crossRegionAdjustment(version.crossRegion, visit).firstSelfPay ?? 0);
  const firstShare = firstSelfPay > 0 ? mulRatio(items.policyScope - items.settledScope, firstSelfPay) : 0;
  if (firstSelfPay > 0) {
    steps.push({ rule: "cross_region_first_share", base: items.policyScope - items.settledScope, amount: firstShare, ratio: firstSelfPay, situation: visit.crossRegion, ...provenance(version.crossRegion) });
  }
  const policyScope = items.policyScope - firstShare;
  const regularScope = policyScope - items.settledScope;
  steps.push({ rule: "policy_scope", base: items.total, amount: policyScope });

  let paid = NOTHING_PAID;
  let accountSegment = 0;
  if (!candidate || bucket === null) {
    steps.push({
      rule: "not_covered",
      base: policyScope,
      amount: 0,
      reason: candidate ? "not_chosen_clinic" : "no_benefit",
      chosenClinic: candidate ? (visit.chosenClinic ?? "chosen") : undefined,
      ...provenance(clinicRule),
    });
  } else {
    const { benefit } = candidate;
    steps.push({ rule: "benefit", base: policyScope, amount: policyScope, benefitId: benefit.id, label: benefit.label, bucket });
    if (clinicRule?.value.required) {
      const status = visit.chosenClinic ?? "chosen";
      steps.push({ rule: "chosen_clinic", base: policyScope, amount: policyScope, status, ...provenance(clinicRule) });
    }
    if (visit.crossRegion !== "none" && version.crossRegion) {
      // Which cross-region rule the visit is settled under, with its source (and whether it is verified).
      const adjustment = crossRegionAdjustment(version.crossRegion, visit);
      steps.push({ rule: "cross_region", base: policyScope, amount: 0, situation: visit.crossRegion, ratioReduction: adjustment.ratioReduction, deductibleIncrease: adjustment.deductibleIncrease, ...provenance(version.crossRegion) });
    }
    accountSegment = accountSegmentOf(candidate, person, input.account, regularScope);
    const payments = fundPayments(version, candidate, bucket, input, before, policyScope, { regularScope, settledScope: items.settledScope, accountSegment });
    if (payments === "incomplete") {
      return { ok: false, issues: [issue("policy", "policy_incomplete", `benefit ${benefit.id} has no row for this person and facility level`)] };
    }
    paid = payments;
    steps.push(...payments.steps);
  }

  const fundTotal = paid.hifp + paid.hifob + paid.hifmi + paid.maf;
  const personalShare = items.total - fundTotal;
  let acct = 0;
  if (input.account) {
    // Where this year's credit pays account segments, it pays nothing else: what it does not pay now stays for later segments.
    const credit = candidate?.currentYearAccountFirst?.value === true && input.account.owner === "self" ? Math.min(input.account.balance, input.account.currentYearBalance ?? 0) : 0;
    const account = accountPayment(version, person, input.account, personalShare, items.fullOwnPay, items.overLimit, accountSegment, credit);
    acct = account.amount;
    steps.push(account.step);
  }
  const cash = personalShare - acct;
  steps.push({ rule: "cash", base: personalShare, amount: cash });

  const settlement: Settlement = {
    amounts: {
      medfee_sumamt: items.total,
      fulamt_ownpay_amt: items.fullOwnPay,
      overlmt_selfpay: items.overLimit,
      preselfpay_amt: items.classBShare + items.settledPersonal + firstShare,
      inscp_scp_amt: policyScope,
      act_pay_dedc: paid.deductible,
      hifp_pay: paid.hifp,
      hifmi_pay: paid.hifmi,
      hifob_pay: paid.hifob,
      maf_pay: paid.maf,
      fund_pay_sumamt: fundTotal,
      psn_part_amt: personalShare,
      acct_pay: acct,
      acct_mulaid_pay: input.account?.owner === "family" ? acct : 0,
      psn_cash_pay: cash,
      balc: input.account ? input.account.balance - acct : 0,
    },
    bucket,
    policy: { id: policy.id, version: version.version, source: policy.source, unverified: steps.some((step) => step.unverified === true) },
    accumulatorsAfter: accumulatorsAfter(before, {
      bucket,
      deductibleKey: paid.deductibleKey,
      deductible: paid.deductible,
      // The running total of bands: what went through the deductible and ratio (not settled items).
      policyScope: bucket === null ? 0 : regularScope,
      fund: paid.hifp,
      criticalIllnessBurden: paid.burden,
      criticalIllnessPaid: paid.hifmi,
      largeAmountPaid: paid.hifob,
      assistanceBurden: paid.assistanceBase,
      assistancePaid: paid.maf,
      visitKind: visit.kind,
    }),
    steps,
  };
  return { ok: true, settlement };
}
