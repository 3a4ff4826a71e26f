import type { SettlementAmounts } from "@/lib/reimbursement";

/** Every amount of a settlement at zero, for building fixtures field by field. */
export const emptyAmounts: SettlementAmounts = {
  medfee_sumamt: 0, fulamt_ownpay_amt: 0, overlmt_selfpay: 0, preselfpay_amt: 0, inscp_scp_amt: 0, act_pay_dedc: 0,
  hifp_pay: 0, hifmi_pay: 0, hifob_pay: 0, maf_pay: 0, fund_pay_sumamt: 0, psn_part_amt: 0, acct_pay: 0, acct_mulaid_pay: 0, psn_cash_pay: 0, balc: 0,
};
