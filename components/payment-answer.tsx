import { formatFen } from "@/lib/i18n/client";
import type { SettlementAmounts } from "@/lib/reimbursement";
import { formatRich, Zh } from "./rich-text";

/** The six sentences of an answer: to the reader (您) or about someone named, with the account, in cash only, or all self-paid. */
export interface AnswerTemplates {
  self: string;
  selfCash: string;
  selfAll: string;
  other: string;
  otherCash: string;
  otherAll: string;
}

/** A figure of the answer: easy to find at a glance, exact to the fen. */
function Figure({ fen, testId }: { fen: number; testId: string }) {
  return <strong className="whitespace-nowrap tabular-nums" data-testid={testId}>{formatFen(fen)}</strong>;
}

/**
 * A bill's split in one sentence: what the person pays (from the personal account and in cash)
 * and what the insurance fund pays. `name`: the masked name when the bill is someone else's (a
 * relative acted for, a shared link); otherwise the sentence speaks to the reader.
 */
export function PaymentAnswer({ amounts, accountOffered, name, templates, testId }: {
  amounts: SettlementAmounts;
  /** The personal account was asked to pay (so its share is named even when it is ¥0.00). */
  accountOffered: boolean;
  name: string | null;
  templates: AnswerTemplates;
  testId: string;
}) {
  const account = amounts.acct_pay + amounts.acct_mulaid_pay;
  const form = amounts.fund_pay_sumamt === 0 ? "All" : account > 0 || accountOffered ? "" : "Cash";
  const template = templates[`${name === null ? "self" : "other"}${form}` as keyof AnswerTemplates];
  return (
    <p className="text-xl font-medium leading-relaxed" data-testid={testId}>
      {formatRich(template, {
        name: name === null ? "" : <Zh>{name}</Zh>,
        self: <Figure fen={amounts.psn_part_amt} testId="answer-self" />,
        account: <Figure fen={account} testId="answer-account" />,
        cash: <Figure fen={amounts.psn_cash_pay} testId="answer-cash" />,
        fund: <Figure fen={amounts.fund_pay_sumamt} testId="answer-fund" />,
      })}
    </p>
  );
}
