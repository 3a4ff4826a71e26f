/**
 * Human explanations of a settlement, in Chinese (zh-CN) and English: one note
 * per step, and a summary line.
 */
import { type Fen, formatPercent, formatYuan } from "./money";
import type { Settlement, Step } from "./types";
import type { AssistanceGroup, ChosenClinicStatus, CrossRegion } from "./vocabulary";

export type Locale = "zh-CN" | "en";

const zhYuan = (fen: Fen) => `${formatYuan(fen)} 元`;
const enYuan = (fen: Fen) => `¥${formatYuan(fen)}`;

const GROUP_ZH: Record<AssistanceGroup, string> = { extreme_poverty: "特困人员", subsistence: "低保对象", near_subsistence: "低保边缘人员" };
const GROUP_EN: Record<AssistanceGroup, string> = { extreme_poverty: "extreme poverty", subsistence: "subsistence allowance", near_subsistence: "near subsistence" };
const CLINIC_ZH: Record<ChosenClinicStatus, string> = {
  chosen: "在本人选定的普通门诊定点机构就诊",
  alliance: "在选定机构所在医共体的成员机构就诊，视同选定机构",
  referred: "经选定机构转诊",
  other: "不在选定机构就诊",
};
const CLINIC_EN: Record<ChosenClinicStatus, string> = {
  chosen: "Visit at the person's chosen general-outpatient clinic",
  alliance: "Visit at a member of the chosen clinic's medical alliance, which counts as the chosen clinic",
  referred: "Referred by the chosen clinic",
  other: "Visit elsewhere than the chosen clinic",
};

const SITUATION_ZH: Record<CrossRegion, string> = { none: "本地就医", filed: "已备案异地就医", unfiled_referral: "未备案的转诊或急诊异地就医", unfiled_other: "未备案异地就医" };
const SITUATION_EN: Record<CrossRegion, string> = { none: "care at home", filed: "filed cross-region care", unfiled_referral: "unfiled cross-region referral or emergency care", unfiled_other: "unfiled cross-region care" };

function bandZh(from: Fen | undefined, upTo: Fen | null | undefined): string {
  if (from === undefined) return "";
  return upTo === null || upTo === undefined ? `（${zhYuan(from)}以上段）` : `（${formatYuan(from)}–${zhYuan(upTo)}段）`;
}

function bandEn(from: Fen | undefined, upTo: Fen | null | undefined): string {
  if (from === undefined) return "";
  return upTo === null || upTo === undefined ? ` (band above ${enYuan(from)})` : ` (band ${enYuan(from)}–${enYuan(upTo)})`;
}

function zhNote(step: Step): string {
  switch (step.rule) {
    case "class_c":
      return `丙类及目录外项目 ${step.lines} 项，全额自付 ${zhYuan(step.amount)}`;
    case "price_ceiling":
      return `${step.lines} 项超过限价，超出部分 ${zhYuan(step.amount)}由个人支付`;
    case "class_b_share":
      return `乙类项目 ${zhYuan(step.base)}，个人先行自付（${step.shares.map(formatPercent).join("、")}）${zhYuan(step.amount)}`;
    case "settled_item":
      return `“${step.label.zh}” ${zhYuan(step.base)}：个人先付 ${formatPercent(step.personalShare)} 即 ${zhYuan(step.amount)}，其余 ${zhYuan(step.fund)} 由统筹基金直接支付，不再计算起付线和报销比例`;
    case "cross_region_first_share":
      return `${SITUATION_ZH[step.situation]}，政策范围内费用 ${zhYuan(step.base)} 由个人先行自付 ${formatPercent(step.ratio)} 即 ${zhYuan(step.amount)}，其余按参保地规定报销`;
    case "cross_region":
      return step.ratioReduction === 0 && step.deductibleIncrease === 0
        ? `${SITUATION_ZH[step.situation]}：按参保地待遇结算`
        : `${SITUATION_ZH[step.situation]}：按参保地待遇结算，报销比例降低 ${formatPercent(step.ratioReduction)}、起付线提高 ${formatPercent(step.deductibleIncrease)}（本政策另有异地比例的，以其为准）`;
    case "account_segment":
      return `当年账户段：本年个人账户当年资金（余额 ${zhYuan(step.balance)}）先支付 ${zhYuan(step.amount)}，这部分不计入起付线`;
    case "policy_scope":
      return `政策范围内费用 ${zhYuan(step.amount)}（总费用 ${zhYuan(step.base)}）`;
    case "benefit":
      return `按“${step.label.zh}”待遇结算`;
    case "not_covered":
      return step.reason === "no_benefit"
        ? "本政策没有适用于该人员和就诊类型的待遇，基金不支付"
        : "普通门诊仅在本人选定的定点机构（含其医共体成员或经其转诊）报销，本次就诊不在其列，基金不支付";
    case "chosen_clinic":
      return CLINIC_ZH[step.status];
    case "deductible": {
      const head =
        step.basis === "year"
          ? `年度起付线 ${zhYuan(step.full)}，本年已付 ${zhYuan(step.alreadyPaid)}`
          : step.basis === "month"
            ? `${step.month ?? ""} 月度起付线 ${zhYuan(step.full)}，本月已付 ${zhYuan(step.alreadyPaid)}`
            : step.basis === "visit"
              ? `每次就诊起付线 ${zhYuan(step.full)}`
              : `本年第 ${step.admission ?? 1} 次住院起付线 ${zhYuan(step.full)}${step.floor !== undefined ? `（按比例降低后不低于 ${zhYuan(step.floor)}）` : ""}`;
      const referral =
        step.referral === "up"
          ? `；由低级别机构转入，已付 ${zhYuan(step.alreadyPaid)}，只补差额`
          : step.referral === "down_or_same"
            ? "；转往同级或下级机构，不再另付起付线"
            : step.referral === "charged_again"
              ? "；转院后重新计算起付线"
              : "";
      const raised = step.crossRegionIncrease ? `；未备案异地就医，起付线提高 ${formatPercent(step.crossRegionIncrease)}` : "";
      if (step.appliesTo === "fund_payment") return `${head}${referral}${raised}；起付线从统筹基金应付金额中扣除，本次扣除 ${zhYuan(step.amount)}`;
      return `${head}${referral}${raised}；本次计入起付线 ${zhYuan(step.amount)}`;
    }
    case "fund_ratio": {
      const lowered = step.crossRegionReduction ? `（未备案异地就医，比例降低 ${formatPercent(step.crossRegionReduction)}）` : "";
      const bands = step.bandFrom === undefined ? "" : `${step.bandsOn === "fund_paid" ? "统筹基金累计支付" : "政策范围内费用累计"}${step.bandBasis === "admission" ? "（按本次住院计算）" : ""}${bandZh(step.bandFrom, step.bandUpTo)}`;
      return `起付线以上 ${zhYuan(step.base)}${bands}按 ${formatPercent(step.ratio)}${lowered} 支付 ${zhYuan(step.amount)}`;
    }
    case "fund_cap":
      return step.cap === null
        ? `无年度封顶线，统筹基金支付 ${zhYuan(step.amount)}`
        : `年度封顶线 ${zhYuan(step.cap)}，本年已支付 ${zhYuan(step.paidBefore)}，本次统筹基金支付 ${zhYuan(step.amount)}`;
    case "large_amount":
      return `封顶线以上政策范围内费用 ${zhYuan(step.base)}，大额医疗补助按 ${formatPercent(step.ratio)} 支付 ${zhYuan(step.amount)}`;
    case "critical_illness":
      return `大病保险：起付标准 ${zhYuan(step.threshold)}${step.lowIncome ? "（困难群众倾斜）" : ""}${step.deductibleExcluded ? "，起付线部分不计入" : ""}，累计个人负担${bandZh(step.segmentFrom, step.segmentUpTo)}中 ${zhYuan(step.base)} 按 ${formatPercent(step.ratio)} 支付 ${zhYuan(step.amount)}`;
    case "critical_illness_cap":
      return `大病保险年度剩余额度 ${zhYuan(step.capRemaining)}，本次支付 ${zhYuan(step.amount)}`;
    case "medical_assistance":
      if (step.tier !== undefined && step.tier > 1) {
        return `医疗救助（${GROUP_ZH[step.group]}）第 ${step.tier} 档：前档救助后仍需个人负担、超过 ${zhYuan(step.threshold)} 的部分 ${zhYuan(step.base)} 再按 ${formatPercent(step.ratio)} 救助 ${zhYuan(step.amount)}`;
      }
      return `医疗救助（${GROUP_ZH[step.group]}）：起付标准 ${zhYuan(step.threshold)}以上 ${zhYuan(step.base)} 按 ${formatPercent(step.ratio)} 救助 ${zhYuan(step.amount)}`;
    case "personal_account":
      if (!step.allowed) return step.owner === "family" ? "本政策不允许家庭共济账户支付" : "该人员没有可用的个人账户";
      return `${step.owner === "family" ? "家庭共济个人账户" : "个人账户"}余额 ${zhYuan(step.balance)}，支付 ${zhYuan(step.amount)}`;
    case "cash":
      return `个人负担 ${zhYuan(step.base)}，现金支付 ${zhYuan(step.amount)}`;
  }
}

function enNote(step: Step): string {
  switch (step.rule) {
    case "class_c":
      return `${step.lines} class C / non-catalogue line(s), paid in full by the person: ${enYuan(step.amount)}`;
    case "price_ceiling":
      return `${step.lines} line(s) above their price ceiling; the excess of ${enYuan(step.amount)} is paid by the person`;
    case "class_b_share":
      return `Class B items ${enYuan(step.base)}: the person first pays ${step.shares.map(formatPercent).join(", ")}, ${enYuan(step.amount)}`;
    case "settled_item":
      return `"${step.label.en}" ${enYuan(step.base)}: the person pays ${formatPercent(step.personalShare)} first, ${enYuan(step.amount)}; the pooled fund pays the other ${enYuan(step.fund)} directly, with no deductible or ratio`;
    case "cross_region_first_share":
      return `${SITUATION_EN[step.situation][0]?.toUpperCase() ?? ""}${SITUATION_EN[step.situation].slice(1)}: the person first pays ${formatPercent(step.ratio)} of the policy-scope amount ${enYuan(step.base)}, ${enYuan(step.amount)}; the rest is settled by the home region's rules`;
    case "cross_region":
      return step.ratioReduction === 0 && step.deductibleIncrease === 0
        ? `${SITUATION_EN[step.situation][0]?.toUpperCase() ?? ""}${SITUATION_EN[step.situation].slice(1)}: settled by the home region's benefits`
        : `${SITUATION_EN[step.situation][0]?.toUpperCase() ?? ""}${SITUATION_EN[step.situation].slice(1)}: the home region's benefits, ratio lowered by ${formatPercent(step.ratioReduction)} and deductible raised by ${formatPercent(step.deductibleIncrease)} (unless this policy gives its own out-of-region ratios)`;
    case "account_segment":
      return `Current-year account segment: this year's personal-account credit (balance ${enYuan(step.balance)}) pays ${enYuan(step.amount)} first; it does not count towards the deductible`;
    case "policy_scope":
      return `Policy-scope amount ${enYuan(step.amount)} of the bill's ${enYuan(step.base)}`;
    case "benefit":
      return `Settled under "${step.label.en}"`;
    case "not_covered":
      return step.reason === "no_benefit"
        ? "This policy has no benefit for this person and kind of visit; the fund pays nothing"
        : "General outpatient care is paid only at the chosen clinic (or its alliance, or on its referral); the fund pays nothing here";
    case "chosen_clinic":
      return CLINIC_EN[step.status];
    case "deductible": {
      const head =
        step.basis === "year"
          ? `Annual deductible ${enYuan(step.full)}, already paid this year ${enYuan(step.alreadyPaid)}`
          : step.basis === "month"
            ? `Monthly deductible for ${step.month ?? "this month"} ${enYuan(step.full)}, already paid this month ${enYuan(step.alreadyPaid)}`
            : step.basis === "visit"
              ? `Deductible per visit ${enYuan(step.full)}`
              : `Deductible for admission ${step.admission ?? 1} of the year ${enYuan(step.full)}${step.floor !== undefined ? ` (reduced, but not below ${enYuan(step.floor)})` : ""}`;
      const referral =
        step.referral === "up"
          ? `; referred up from a lower level that charged ${enYuan(step.alreadyPaid)}, only the difference is due`
          : step.referral === "down_or_same"
            ? "; referred to the same or a lower level, no new deductible"
            : step.referral === "charged_again"
              ? "; charged again at the new hospital"
              : "";
      const raised = step.crossRegionIncrease ? `; raised by ${formatPercent(step.crossRegionIncrease)} for unfiled cross-region care` : "";
      if (step.appliesTo === "fund_payment") return `${head}${referral}${raised}; it is taken off the fund's payment: ${enYuan(step.amount)} this time`;
      return `${head}${referral}${raised}; this bill pays ${enYuan(step.amount)} towards it`;
    }
    case "fund_ratio": {
      const lowered = step.crossRegionReduction ? ` (lowered by ${formatPercent(step.crossRegionReduction)} for unfiled cross-region care)` : "";
      const bands = step.bandFrom === undefined ? "" : `${bandEn(step.bandFrom, step.bandUpTo)} of the ${step.bandsOn === "fund_paid" ? "fund's running payment" : "running policy-scope amount"}${step.bandBasis === "admission" ? " of this admission" : ""}`;
      return `Above the deductible, ${enYuan(step.base)}${bands} at ${formatPercent(step.ratio)}${lowered}: ${enYuan(step.amount)}`;
    }
    case "fund_cap":
      return step.cap === null
        ? `No annual cap; the pooled fund pays ${enYuan(step.amount)}`
        : `Annual cap ${enYuan(step.cap)}, already paid this year ${enYuan(step.paidBefore)}; the pooled fund pays ${enYuan(step.amount)}`;
    case "large_amount":
      return `Policy-scope amount above the basic cap ${enYuan(step.base)}; the large-amount benefit pays ${formatPercent(step.ratio)}: ${enYuan(step.amount)}`;
    case "critical_illness":
      return `Critical illness insurance: threshold ${enYuan(step.threshold)}${step.lowIncome ? " (low-income terms)" : ""}${step.deductibleExcluded ? ", the deductible not counted" : ""}; ${enYuan(step.base)} of the year's burden${bandEn(step.segmentFrom, step.segmentUpTo)} at ${formatPercent(step.ratio)}: ${enYuan(step.amount)}`;
    case "critical_illness_cap":
      return `Critical illness insurance has ${enYuan(step.capRemaining)} left this year; it pays ${enYuan(step.amount)}`;
    case "medical_assistance":
      if (step.tier !== undefined && step.tier > 1) {
        return `Medical assistance (${GROUP_EN[step.group]}), tier ${step.tier}: of what is still left after the earlier tiers, ${enYuan(step.base)} above ${enYuan(step.threshold)} at ${formatPercent(step.ratio)}: ${enYuan(step.amount)}`;
      }
      return `Medical assistance (${GROUP_EN[step.group]}): ${enYuan(step.base)} above the threshold of ${enYuan(step.threshold)} at ${formatPercent(step.ratio)}: ${enYuan(step.amount)}`;
    case "personal_account":
      if (!step.allowed) return step.owner === "family" ? "This policy does not let a relative's account pay" : "No personal account is available to this person";
      return `${step.owner === "family" ? "A relative's personal account (family mutual aid)" : "Personal account"}, balance ${enYuan(step.balance)}, pays ${enYuan(step.amount)}`;
    case "cash":
      return `The person's share ${enYuan(step.base)}; paid in cash ${enYuan(step.amount)}`;
  }
}

export function stepNote(step: Step, locale: Locale): string {
  return locale === "en" ? enNote(step) : zhNote(step);
}

function summaryZh(s: Settlement): string {
  const a = s.amounts;
  return `总费用 ${zhYuan(a.medfee_sumamt)}：基金支付 ${zhYuan(a.fund_pay_sumamt)}，个人负担 ${zhYuan(a.psn_part_amt)}（个人账户 ${zhYuan(a.acct_pay)}，现金 ${zhYuan(a.psn_cash_pay)}）`;
}

function summaryEn(s: Settlement): string {
  const a = s.amounts;
  return `Bill ${enYuan(a.medfee_sumamt)}: the funds pay ${enYuan(a.fund_pay_sumamt)}, the person ${enYuan(a.psn_part_amt)} (personal account ${enYuan(a.acct_pay)}, cash ${enYuan(a.psn_cash_pay)})`;
}

/** The summary and every step, in both languages. */
export function explainSettlement(settlement: Settlement): { zh: string[]; en: string[] } {
  return {
    zh: [summaryZh(settlement), ...settlement.steps.map(zhNote)],
    en: [summaryEn(settlement), ...settlement.steps.map(enNote)],
  };
}
