import type { EstimateContext } from "@/lib/estimate/client";
import { format, formatFen, type Messages } from "@/lib/i18n";
import type { SettlementAmounts } from "@/lib/reimbursement";
import { formatRich, Zh } from "./rich-text";

/** A figure of the answer: large enough to find at a glance, exact to the fen. */
function Figure({ fen, testId }: { fen: number; testId: string }) {
  return <strong className="whitespace-nowrap tabular-nums" data-testid={testId}>{formatFen(fen)}</strong>;
}

/**
 * The estimate in one sentence, first: what the person pays (from the account and in cash)
 * and what the insurance fund pays. `name`: the masked name when the estimate is about someone
 * else (a relative acted for, or a shared link); otherwise the sentence speaks to the reader (您).
 * Then the personal account's balance: after the bill only when the bill is paid from it.
 */
export function EstimateAnswer({ amounts, context, name, m }: {
  amounts: SettlementAmounts;
  context: Pick<EstimateContext, "account"> | null;
  name: string | null;
  m: Messages["estimate"]["result"];
}) {
  const account = amounts.acct_pay + amounts.acct_mulaid_pay;
  const usedAccount = account > 0 || context?.account?.used === true;
  const form = amounts.fund_pay_sumamt === 0 ? "All" : usedAccount ? "" : "Cash";
  const template = m.answer[`${name === null ? "self" : "other"}${form}` as keyof typeof m.answer];
  const values = {
    name: name === null ? "" : <Zh>{name}</Zh>,
    self: <Figure fen={amounts.psn_part_amt} testId="answer-self" />,
    account: <Figure fen={account} testId="answer-account" />,
    cash: <Figure fen={amounts.psn_cash_pay} testId="answer-cash" />,
    fund: <Figure fen={amounts.fund_pay_sumamt} testId="answer-fund" />,
  };
  const balance = context?.account ?? null;
  return (
    <div className="space-y-2">
      <p className="text-xl leading-relaxed font-medium" data-testid="estimate-answer">{formatRich(template, values)}</p>
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
