/**
 * The ledger's expected failures: a stable code for machines, a message in both languages for
 * people, and the HTTP status a route answers with.
 */
import { DomainError } from "@/lib/errors/domain-error";

export function invalidSettlementRequest(detail: { zh: string; en: string }): DomainError {
  return new DomainError("invalid_settlement_request", { zh: `结算请求不完整或有误：${detail.zh}`, en: `The settlement request is incomplete or wrong: ${detail.en}` }, 400);
}

export const idempotencyKeyReused = () =>
  new DomainError(
    "idempotency_key_reused",
    { zh: "该幂等键已用于另一笔不同的结算请求，请为新的结算使用新的键。", en: "This idempotency key was already used for a different settlement request. Use a new key for a new settlement." },
    409,
  );

export const alreadyReversed = () =>
  new DomainError("already_reversed", { zh: "这笔结算已经冲正过，不能再次冲正。", en: "This settlement has already been reversed; it cannot be reversed twice." }, 409);

export const settlementNotFound = () =>
  new DomainError("settlement_not_found", { zh: "找不到这笔结算。", en: "No such settlement." }, 404);

export const personNotFound = () => new DomainError("person_not_found", { zh: "找不到该参保人。", en: "No such insured person." }, 404);

export const notEnrolled = () =>
  new DomainError("not_enrolled", { zh: "该参保人在就诊日没有有效的参保登记。", en: "The person has no enrolment in force on the day of service." }, 422);

export const facilityNotFound = () => new DomainError("facility_not_found", { zh: "找不到该定点医药机构。", en: "No such designated facility." }, 404);

export const policyUnavailable = () =>
  new DomainError("policy_unavailable", { zh: "该参保地的医保政策暂未收录，无法结算。", en: "The policy of the person's pooling region is not available, so the bill cannot be settled." }, 422);

export const chronicNotApproved = () =>
  new DomainError(
    "chronic_not_approved",
    { zh: "该参保人在就诊日没有此病种的门诊慢特病认定，不能按门诊慢特病结算。", en: "The person has no chronic or special-disease approval for this disease on the day of service." },
    422,
  );

export const serviceDateInFuture = () =>
  new DomainError("service_date_in_future", { zh: "就诊日期不能晚于今天。", en: "The day of service cannot be later than today." }, 400);

export const unknownCatalogueItem = (code: string) =>
  new DomainError("unknown_catalogue_item", { zh: `目录中没有编码为 ${code} 的项目，请给出项目类别。`, en: `No catalogue item has the code ${code}; give the item's class.` }, 422);

export const familyAccountRefused = () =>
  new DomainError(
    "family_account_refused",
    { zh: "只能使用本人或配偶、父母、子女（在职或退休职工）的个人账户支付。", en: "Only the person's own personal account, or that of a spouse, parent or child who is an insured employee, may pay." },
    403,
  );

export function notComputable(message: { zh: string; en: string }): DomainError {
  return new DomainError("settlement_not_computable", { zh: `按就诊日的政策无法结算：${message.zh}`, en: `The bill cannot be settled under the policy in force: ${message.en}` }, 422);
}
