"use client";
import { useState, useTransition, type ComponentProps } from "react";
import type { ActionResult } from "@/lib/context/client";
import { format, type Locale, type Messages } from "@/lib/i18n";
import type { VerifiedVoucher } from "@/lib/terminal/client";
import { CameraScanner } from "./camera-scanner";
import { ScanForm } from "./scan-form";
import { SettlementPanel } from "./settlement-panel";
import { VerifiedPersonCard } from "./verified-person-card";

type VerifyResult = ActionResult<VerifiedVoucher>;
type VerifyAction = (code: string) => Promise<VerifyResult>;

export interface SettlementProps {
  settleAction: ComponentProps<typeof SettlementPanel>["settleAction"];
  reverseAction: ComponentProps<typeof SettlementPanel>["reverseAction"];
  m: Messages["terminalSettle"];
  mEstimate: Messages["estimate"]["form"];
  mFamily: Messages["family"];
}

/**
 * The counter's screen once the terminal is signed in: scan (USB scanner or camera), then
 * the verified person. Results are announced (success politely, refusals as alerts) while
 * the focus stays in the scanner field for the next code.
 */
export function TerminalWorkspace({ verifyAction, m, locale, settlement }: { verifyAction: VerifyAction; m: Messages["terminal"]; locale: Locale; settlement: SettlementProps }) {
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [pending, startTransition] = useTransition();

  const verify = (code: string) =>
    startTransition(async () => {
      let next: VerifyResult;
      try {
        next = await verifyAction(code);
      } catch {
        next = { ok: false, code: "internal_error", fieldErrors: {}, formError: m.genericError };
      }
      // Commit the outcome with the end of `pending` (see SettlementPanel).
      startTransition(() => setResult(next));
    });

  return (
    <div className="space-y-6">
      <section aria-labelledby="scan-title" className="space-y-4 rounded-2xl bg-white p-5 shadow-sm">
        <h2 id="scan-title" className="text-xl font-bold">{m.scanTitle}</h2>
        <ScanForm onCode={verify} pending={pending} m={m} />
        <CameraScanner onCode={verify} m={m} />
      </section>

      <p role="status" className="sr-only">
        {result?.ok ? format(m.verifiedAnnounce, { name: result.data.person.maskedName }) : ""}
      </p>
      <div role="alert">
        {result && !result.ok ? (
          <p className="rounded-xl border-2 border-red-700 bg-red-50 p-4 text-lg font-semibold text-red-900" data-testid="verify-error" data-code={result.code}>
            {format(m.refusedAnnounce, { message: result.formError ?? m.genericError })}
          </p>
        ) : null}
      </div>
      {result?.ok ? <VerifiedPersonCard verified={result.data} m={m} locale={locale} /> : null}
      {result?.ok ? (
        <SettlementPanel
          key={result.data.settlement.token}
          token={result.data.settlement.token}
          diseases={result.data.entitlements.chronicApprovals.map((a) => a.disease)}
          familyAccounts={result.data.familyAccounts}
          locale={locale}
          {...settlement}
          onDone={() => setResult(null)}
        />
      ) : null}
    </div>
  );
}
