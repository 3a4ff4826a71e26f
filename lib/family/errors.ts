import { DomainError } from "@/lib/errors/domain-error";

export const granteeNotFound = () =>
  new DomainError(
    "grantee_not_found",
    { zh: "没有找到使用这个手机号的医保通账号。请对方先用这个手机号登录一次。", en: "No Yibao Pass account uses this number. Ask them to sign in once with it first." },
    404,
  );
export const grantToSelf = () =>
  new DomainError("grant_to_self", { zh: "不能授权给自己的账号。", en: "You cannot grant access to your own account." }, 400);
export const noOwnPerson = () =>
  new DomainError("no_insured_person", { zh: "你的账号没有关联参保人，无法授权。", en: "Your account has no insured person, so it cannot grant access." }, 400);
export const grantAlreadyOpen = () =>
  new DomainError("grant_exists", { zh: "你已授权给这个账号。请先结束原授权再重新授权。", en: "This account already has a grant from you. End it first to grant again." }, 409);
export const mutualAidNotEmployee = () =>
  new DomainError("mutual_aid_not_employee", { zh: "只有职工医保的个人账户可以家庭共济。", en: "Only an employee's personal account can be shared with family (家庭共济)." }, 400);
export const mutualAidNotRelative = () =>
  new DomainError(
    "mutual_aid_not_relative",
    { zh: "个人账户只能给配偶、父母、子女使用。对方不在你的近亲属记录中。", en: "A personal account can only pay for a spouse, parents or children, and this account's person is not on record as one." },
    400,
  );
export const validUntilInPast = () =>
  new DomainError("valid_until_past", { zh: "结束日期不能早于今天。", en: "The end date cannot be before today." }, 400);
/** Any grant that is not the caller's, or that does not exist: one answer, so ids cannot be probed. */
export const grantNotFound = () =>
  new DomainError("grant_not_found", { zh: "没有找到这项授权。", en: "This grant was not found." }, 404);
export const grantNotPending = () =>
  new DomainError("grant_not_pending", { zh: "这项授权已接受或已结束。", en: "This grant was already accepted or has ended." }, 409);
export const grantAlreadyEnded = () =>
  new DomainError("grant_ended", { zh: "这项授权已经结束。", en: "This grant has already ended." }, 409);
