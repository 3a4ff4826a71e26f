"use client";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useState, useTransition, type ComponentProps } from "react";
import type { ActionResult } from "@/lib/context/client";
import { format, type Locale, type Messages } from "@/lib/i18n/client";
import type { VerifiedVoucher } from "@/lib/terminal/client";
import type { BillLineDraft } from "./bill-draft";
import { CameraScanner } from "./camera-scanner";
import { readPendingBill, clearPendingBill, type PendingBill } from "./pending-bill-store";
import { ScanForm } from "./scan-form";
import type { SettlementPanel as SettlementPanelType } from "./settlement-panel";
import type { SettlementReceipt as SettlementReceiptType } from "./settlement-receipt";
import type { SettleAnswer } from "./use-bill-sender";
import { VerifiedPersonCard } from "./verified-person-card";
import { formatRich } from "../rich-text";

// What follows a scan — the bill (with the catalogue picker), the receipt, a bill recovered after
// a reload — is loaded when it is needed, not with the screen: the till opens on the scanner
// alone. A scan starts loading the bill's and the receipt's code while the code is being verified.
const loadSettlementPanel = () => import("./settlement-panel");
const SettlementPanel = dynamic(() => loadSettlementPanel().then((module) => module.SettlementPanel));
const loadSettlementReceipt = () => import("./settlement-receipt");
const SettlementReceipt = dynamic(() => loadSettlementReceipt().then((module) => module.SettlementReceipt));
const RecoveredBill = dynamic(() => import("./recovered-bill").then((module) => module.RecoveredBill));

type VerifyResult = ActionResult<VerifiedVoucher>;
type VerifyAction = (code: string) => Promise<VerifyResult>;

export interface SettlementProps {
  settleAction: ComponentProps<typeof SettlementPanelType>["settleAction"];
  reverseAction: ComponentProps<typeof SettlementReceiptType>["reverseAction"];
  m: Messages["terminalSettle"];
  mEstimate: Messages["estimate"]["form"];
  mFamily: Messages["family"];
  /** Late settlement allowed by the deployment (days; 0: today only). */
  backdateDays?: number;
}

/**
 * The counter's screen once the terminal is signed in: scan (USB scanner or camera), the verified
 * person, the bill, then the receipt. Results are announced (success politely, refusals as alerts)
 * while the focus stays in the scanner field for the next code. A bill whose scan ran out is kept
 * and comes back with the next scan.
 */
export function TerminalWorkspace({ verifyAction, m, locale, settlement }: { verifyAction: VerifyAction; m: Messages["terminal"]; locale: Locale; settlement: SettlementProps }) {
  const [verified, setVerified] = useState<VerifiedVoucher | null>(null);
  const [refusal, setRefusal] = useState<(VerifyResult & { ok: false }) | null>(null);
  const [answer, setAnswer] = useState<SettleAnswer | null>(null);
  /** The bill of a scan that ran out, for the next scan. */
  const [kept, setKept] = useState<{ lines: BillLineDraft[]; fromToken: string } | null>(null);
  /** A bill sent before a reload whose answer never came (pending-bill-store). */
  const [recovered, setRecovered] = useState<PendingBill | null>(null);
  const [pending, startTransition] = useTransition();
  useEffect(() => setRecovered(readPendingBill()), []);

  const verify = (code: string) =>
    startTransition(async () => {
      void loadSettlementPanel();
      void loadSettlementReceipt();
      let next: VerifyResult;
      try {
        next = await verifyAction(code);
      } catch {
        // No answer from the server: the code may or may not have been spent, so a fresh one is needed.
        next = { ok: false, code: "internal_error", fieldErrors: {}, formError: m.verifyOffline };
      }
      // Commit the outcome with the end of `pending`: the button is back the moment it shows.
      startTransition(() => {
        if (next.ok) {
          // A new scan starts a new bill (bringing a kept one along) and ends the last receipt.
          setVerified(next.data);
          setRefusal(null);
          setAnswer(null);
        } else {
          // A refused scan leaves whatever bill is on screen as it is.
          setRefusal(next);
        }
      });
    });

  const expiredToken = verified?.settlement.token;
  const onTokenExpired = useCallback((lines: BillLineDraft[]) => setKept(lines.length > 0 && expiredToken ? { lines, fromToken: expiredToken } : null), [expiredToken]);
  const carried = kept && verified && kept.fromToken !== verified.settlement.token ? kept.lines : null;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <div className="space-y-6">
        <section aria-labelledby="scan-title" className="space-y-4 rounded-2xl bg-white p-5 shadow-sm">
          <h2 id="scan-title" className="text-xl font-bold">{m.scanTitle}</h2>
          <ScanForm onCode={verify} pending={pending} m={m} />
          <CameraScanner onCode={verify} m={m} />
        </section>
        <p role="status" className="sr-only">
          {verified ? formatRich(m.verifiedAnnounce, { name: <span lang="zh-CN">{verified.person.maskedName}</span> }) : ""}
        </p>
        <div role="alert">
          {refusal ? (
            <p className="rounded-xl border-2 border-red-700 bg-red-50 p-4 text-lg font-semibold text-red-900" data-testid="verify-error" data-code={refusal.code}>
              {format(m.refusedAnnounce, { message: refusal.formError ?? m.genericError })}
            </p>
          ) : null}
        </div>
        {verified ? <VerifiedPersonCard verified={verified} m={m} locale={locale} /> : null}
      </div>
      <div className="space-y-6">
        {recovered && !answer ? (
          <RecoveredBill
            bill={recovered}
            m={settlement.m}
            settleAction={settlement.settleAction}
            onSettled={(settled) => {
              setRecovered(null);
              setAnswer(settled);
            }}
            onDiscard={() => {
              clearPendingBill();
              setRecovered(null);
            }}
          />
        ) : null}
        {answer ? (
          <SettlementReceipt
            key={answer.settlement.id}
            initial={answer.settlement}
            replayed={answer.replayed}
            m={settlement.m}
            mTerminal={m}
            locale={locale}
            reverseAction={settlement.reverseAction}
            onNext={() => {
              setAnswer(null);
              setVerified(null);
            }}
          />
        ) : verified && !recovered ? (
          <>
            {carried ? <p role="status" className="rounded-lg bg-brand-50 p-3 font-medium">{format(settlement.m.keptBill, { count: carried.length })}</p> : null}
            <SettlementPanel
              key={verified.settlement.token}
              token={verified.settlement.token}
              maskedName={verified.person.maskedName}
              diseases={verified.entitlements.chronicApprovals.map((a) => ({ id: a.disease, label: a.label }))}
              backdateDays={settlement.backdateDays ?? 0}
              initialLines={carried ?? undefined}
              familyAccounts={verified.familyAccounts}
              mFamily={settlement.mFamily}
              m={settlement.m}
              mEstimate={settlement.mEstimate}
              locale={locale}
              settleAction={settlement.settleAction}
              onSettled={(settled) => {
                setKept(null);
                setAnswer(settled);
              }}
              onTokenExpired={onTokenExpired}
            />
          </>
        ) : null}
      </div>
    </div>
  );
}
