"use client";
import { useEffect } from "react";

/**
 * Tells the server, once per page load and person, that this phone shows a relative's code, so
 * it goes into their access log (POST /api/v1/me/voucher-shown). Only when online: the code
 * screen never waits for the network, and a code shown offline is logged when a counter scans it.
 */
export function useReportShown(personId: string | null): void {
  useEffect(() => {
    if (personId === null || !navigator.onLine) return;
    const url = `/api/v1/me/voucher-shown?${new URLSearchParams({ personId }).toString()}`;
    void fetch(url, { method: "POST", credentials: "same-origin", keepalive: true }).catch(() => undefined);
  }, [personId]);
}
