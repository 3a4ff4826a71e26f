import { formatYuan, type Accumulators, type EstimateRequestInput, type Fen } from "@/lib/reimbursement";

/** Fen per key as yuan text per key: the contract's per-bucket form of the ledger's figures. */
function yuanPerKey(amounts: Partial<Record<string, Fen>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, fen] of Object.entries(amounts)) if (fen) out[key] = formatYuan(fen);
  return out;
}

/**
 * The ledger's year to date in the estimate contract's shape, for POST /api/v1/estimate's
 * `"accumulators": "ledger"`: the public API is one of the two places amounts are yuan.
 */
export function ledgerAccumulators(a: Accumulators): NonNullable<EstimateRequestInput["accumulators"]> {
  return {
    deductiblePaid: yuanPerKey(a.deductiblePaid),
    policyScopeAmount: yuanPerKey(a.policyScopeAmount),
    fundPaid: yuanPerKey(a.fundPaid),
    criticalIllnessBurden: formatYuan(a.criticalIllnessBurden),
    criticalIllnessPaid: formatYuan(a.criticalIllnessPaid),
    largeAmountPaid: formatYuan(a.largeAmountPaid),
    assistanceBurden: formatYuan(a.assistanceBurden),
    assistancePaid: yuanPerKey(a.assistancePaid),
  };
}
