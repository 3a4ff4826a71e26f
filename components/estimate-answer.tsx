import type { EstimateContext } from "@/lib/estimate/client";
import { format, formatFen, type Messages } from "@/lib/i18n/client";
import type { SettlementAmounts } from "@/lib/reimbursement";
import { PaymentAnswer } from "./payment-answer";

/**
 * The estimate in one sentence, first ("本次预计您自付 ¥9.30（个人账户 ¥9.30，现金 ¥0.00），医保基金
 * 支付 ¥52.70"); then the personal account's balance: after the bill only when the bill is paid
 * from it, otherwise the balance as it is.
 */
export function EstimateAnswer({ amounts, context, name, m }: {
  amounts: SettlementAmounts;
  context: Pick<EstimateContext, "account"> | null;
  name: string | null;
  m: Messages["estimate"]["result"];
}) {
  const balance = context?.account ?? null;
  return (
    <div className="space-y-2">
      <PaymentAnswer amounts={amounts} accountOffered={balance?.used === true} name={name} templates={m.answer} testId="estimate-answer" />
      {balance ? (
        <p className="tabular-nums" data-testid="estimate-balance">
          {balance.used
            ? format(m.balanceAfter, { before: formatFen(balance.balanceBeforeFen), after: formatFen(balance.balanceBeforeFen - amounts.acct_pay) })
            : format(m.balanceUnused, { balance: formatFen(balance.balanceBeforeFen) })}
        </p>
      ) : null}
    </div>
  );
}
