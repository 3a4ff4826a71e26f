"use client";
import useSWR from "swr";
import type { ClinicOverview, EligibleClinicPage } from "@/lib/clinic/queries";

export const CLINIC_KEY = "/api/v1/me/clinic";

export type ClinicResponse = ClinicOverview & { eligible: EligibleClinicPage };

/** A failed request, with the HTTP status so a screen can tell "signed out" from "try again". */
export class ClinicFetchError extends Error {
  constructor(readonly status: number) {
    super(`clinic request failed: ${status}`);
  }
}

async function fetchClinic(url: string): Promise<ClinicResponse> {
  const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
  if (!response.ok) throw new ClinicFetchError(response.status);
  return (await response.json()) as ClinicResponse;
}

/**
 * The signed-in person's chosen clinic (GET /api/v1/me/clinic). Server pages pass what they
 * rendered as `fallbackData`; SWR revalidates on focus, and changeClinicAction's form calls
 * `mutate()` after a change.
 */
export function useClinic(fallbackData?: ClinicOverview) {
  return useSWR<ClinicOverview, ClinicFetchError>(CLINIC_KEY, fetchClinic, {
    fallbackData,
    revalidateOnFocus: true,
    // What the server just rendered is fresh: no second request right after the page loads.
    revalidateOnMount: fallbackData === undefined,
  });
}
