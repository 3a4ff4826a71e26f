"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/context/client";
import type { TerminalSettlementDto } from "@/lib/terminal/client";
import type { SettlementBody } from "./bill-draft";
import { clearPendingBill, savePendingBill, type PendingBill } from "./pending-bill-store";

export interface SettleAnswer {
  settlement: TerminalSettlementDto;
  /** The bill had already been settled under its key: the first settlement, not charged again. */
  replayed: boolean;
}

export type SettleAction = (body: unknown, idempotencyKey: string) => Promise<ActionResult<SettleAnswer>>;

export type SendState =
  | { phase: "editing" }
  | { phase: "sending"; attempts: number }
  /** The server could not be reached: the bill is kept and sent again by itself. */
  | { phase: "waiting"; attempts: number }
  | { phase: "refused"; code: string; message: string | null };

/** Waits between automatic retries: soon at first, then every half minute. */
const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * Sends a bill and never loses it. The bill keeps one Idempotency-Key from its first sending;
 * when the server cannot be reached (the request or its answer lost), the same body is sent
 * again under the same key — when the browser is back online, after a short wait, or at once
 * on the clerk's word — so a bill settled before the answer was lost is answered with that
 * settlement and never charged twice. A refusal (an answer) stops the retries.
 */
export function useBillSender(settleAction: SettleAction, onSettled: (answer: SettleAnswer) => void) {
  const [state, setState] = useState<SendState>({ phase: "editing" });
  const pending = useRef<{ body: SettlementBody; key: string } | null>(null);
  const idempotencyKey = useRef<string | null>(null);
  const attempts = useRef(0);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const settled = useRef(onSettled);
  settled.current = onSettled;

  const clearTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const attempt = useCallback(async () => {
    const request = pending.current;
    if (!request || inFlight.current) return;
    inFlight.current = true;
    clearTimer();
    attempts.current += 1;
    setState({ phase: "sending", attempts: attempts.current });
    let result: ActionResult<SettleAnswer>;
    try {
      result = await settleAction(request.body, request.key);
    } catch {
      // No answer: the request or its answer was lost. Keep the bill and try again later.
      inFlight.current = false;
      const delay = RETRY_DELAYS_MS[Math.min(attempts.current - 1, RETRY_DELAYS_MS.length - 1)]!;
      timer.current = setTimeout(() => void attempt(), delay);
      setState({ phase: "waiting", attempts: attempts.current });
      return;
    }
    inFlight.current = false;
    pending.current = null;
    attempts.current = 0;
    // An answer, either way: the bill's fate is known and needs no keeping past a reload.
    clearPendingBill();
    if (result.ok) {
      setState({ phase: "editing" });
      settled.current(result.data);
    } else {
      setState({ phase: "refused", code: result.code, message: result.formError ?? null });
    }
  }, [settleAction]);

  // Back online: send the kept bill at once.
  useEffect(() => {
    const onOnline = () => void attempt();
    window.addEventListener("online", onOnline);
    return () => {
      window.removeEventListener("online", onOnline);
      clearTimer();
    };
  }, [attempt]);

  /**
   * Sends the bill; its key is made on the first sending and kept for every resend of it. Until
   * an answer comes the bill is also kept in the tab's session storage (`shown`: what the clerk
   * sees of it), so a reload does not lose it.
   */
  const send = useCallback(
    (body: SettlementBody, shown: Omit<PendingBill, "key" | "body">) => {
      idempotencyKey.current ??= crypto.randomUUID();
      pending.current = { body, key: idempotencyKey.current };
      savePendingBill({ key: idempotencyKey.current, body, ...shown });
      attempts.current = 0;
      void attempt();
    },
    [attempt],
  );

  /** Sends again a bill kept from before a reload, under its own key. */
  const resume = useCallback(
    (bill: PendingBill) => {
      idempotencyKey.current = bill.key;
      pending.current = { body: bill.body, key: bill.key };
      attempts.current = 0;
      void attempt();
    },
    [attempt],
  );

  const retryNow = useCallback(() => void attempt(), [attempt]);

  return { state, send, resume, retryNow, busy: state.phase === "sending" || state.phase === "waiting" };
}
