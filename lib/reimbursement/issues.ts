/**
 * Validation problems of a request, as stable codes with messages in Chinese
 * and English. Zod issues carry the code in `params.reason`; the contract turns
 * every problem into `{ path, code, message }` so a form can map `code` to its
 * own wording and the command line can print `message`.
 */

export const ISSUE_MESSAGES = {
  required: { zh: "必填", en: "Required" },
  invalid_type: { zh: "类型不正确", en: "Wrong type" },
  invalid_option: { zh: "不是允许的取值", en: "Not one of the allowed values" },
  unknown_field: { zh: "未知字段", en: "Unknown field" },
  amount_format: { zh: "金额须为元，最多两位小数", en: "Must be an amount in yuan with at most two decimals" },
  amount_decimals: { zh: "金额最多两位小数（精确到分）", en: "At most two decimals (whole fen)" },
  amount_negative: { zh: "金额不能为负数", en: "Must not be negative" },
  amount_too_large: { zh: "金额超出允许的最大值", en: "Exceeds the largest amount accepted" },
  amount_required: { zh: "请填写金额", en: "Enter an amount" },
  amount_too_long: { zh: "金额太长，请检查是否多输了数字", en: "Too long for an amount: check for extra digits" },
  amount_zero: { zh: "金额不能为 0", en: "Must be more than 0" },
  amount_mismatch: { zh: "金额与单价 × 数量不一致", en: "Does not equal unit price × quantity" },
  amount_not_divisible: { zh: "金额不能按数量分成整分的单价，请填写单价", en: "Not a whole number of fen per unit: give the unit price" },
  quantity_required: { zh: "请填写数量", en: "Enter a quantity" },
  quantity_too_long: { zh: "数量太长，请检查是否多输了数字", en: "Too long for a quantity: check for extra digits" },
  quantity_format: { zh: "数量须为整数，例如 1、2、3", en: "Must be a whole number such as 1, 2 or 3" },
  quantity_zero: { zh: "数量至少为 1", en: "Must be at least 1" },
  quantity_too_large: { zh: "数量超出允许的最大值", en: "Exceeds the largest quantity accepted" },
  name_too_long: { zh: "名称太长，请缩短", en: "Too long: shorten the name" },
  bill_too_large: { zh: "账单合计超出允许的最大值", en: "The bill's total exceeds the largest total accepted" },
  too_many_items: { zh: "明细行数过多", en: "Too many bill lines" },
  ratio_format: { zh: "比例须在 0 到 1 之间，最多四位小数", en: "Must be a ratio from 0 to 1 with at most four decimals" },
  date_format: { zh: "日期须为 YYYY-MM-DD 格式的有效日期", en: "Must be a valid date written YYYY-MM-DD" },
  integer_range: { zh: "须为范围内的整数", en: "Must be a whole number in the allowed range" },
  class_or_code: { zh: "须给出类别（class）或目录编码（code）", en: "Give either class or a catalogue code" },
  unknown_code: { zh: "目录中没有此编码", en: "No catalogue item has this code" },
  catalogue_unavailable: { zh: "无法查询目录编码，请直接给出类别", en: "No catalogue is available here; give the class instead" },
  status_required: { zh: "职工须注明在职或退休", en: "Employees need a status: active or retired" },
  disease_required: { zh: "门诊慢特病须注明已认定的病种", en: "A chronic-disease visit needs the approved disease" },
  unknown_disease: { zh: "该政策不包含此病种", en: "This policy has no benefit for this disease" },
  unknown_policy: { zh: "没有此编号的政策", en: "No shipped policy has this id" },
  no_policy_version: { zh: "就诊日期早于该政策最早的版本", en: "No version of the policy is in force on this date" },
  policy_incomplete: { zh: "政策数据不完整，无法覆盖本次就诊", en: "The policy has no value for this person and visit" },
  policy_invalid: { zh: "政策数据不符合政策格式", en: "Not valid in the policy schema" },
  no_personal_account: { zh: "城乡居民没有个人账户，可使用家庭共济（owner: family）", en: "Residents have no personal account of their own; use owner: family for a relative's account" },
  invalid_json: { zh: "不是有效的 JSON", en: "Not valid JSON" },
  unreadable_input: { zh: "无法读取输入", en: "The input could not be read" },
} as const satisfies Record<string, { zh: string; en: string }>;

export type IssueCode = keyof typeof ISSUE_MESSAGES;

/** One offending field: `path` is dot-separated (`items.0.amount`), "" for the whole request. */
export interface RequestIssue {
  path: string;
  code: IssueCode;
  message: string;
}

export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(ISSUE_MESSAGES, value);
}

/** The English message of a code, optionally followed by detail ("…: at most 5000000.00"). */
export function issueText(code: IssueCode, detail?: string): string {
  const base = ISSUE_MESSAGES[code].en;
  return detail ? `${base}: ${detail}` : base;
}

/** An issue with the standard English message of its code, optionally followed by detail. */
export function issue(path: string, code: IssueCode, detail?: string): RequestIssue {
  return { path, code, message: issueText(code, detail) };
}

/** The message of an issue's code in the given language (for forms). */
export function issueMessage(code: IssueCode, locale: "zh-CN" | "en"): string {
  return locale === "en" ? ISSUE_MESSAGES[code].en : ISSUE_MESSAGES[code].zh;
}
