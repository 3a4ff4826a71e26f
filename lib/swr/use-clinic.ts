"use client";
import useSWR from "swr";
import type { ClinicOverview, EligibleClinicPage } from "@/lib/clinic/client";

export const CLINIC_KEY = "/api/v1/me/clinic";

export type ClinicResponse = ClinicOverview & { eligible: EligibleClinicPage };

/** The SWR key of a person's clinic (the signed-in person's own when no id is given). */
export function clinicKey(personId?: string | null): string {
  return personId ? `${CLINIC_KEY}?personId=${encodeURIComponent(personId)}` : CLINIC_KEY;
}

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
 * A person's chosen clinic (GET /api/v1/me/clinic[?personId=]): the signed-in person's own, or
 * the relative's the screen is acting for. Server pages pass what they rendered as
 * `fallbackData`; SWR revalidates on focus, and changeClinicAction's form calls `mutate()`.
 */
export function useClinic(fallbackData?: ClinicOverview, personId?: string | null) {
  return useSWR<ClinicOverview, ClinicFetchError>(clinicKey(personId), fetchClinic, {
    fallbackData,
    revalidateOnFocus: true,
    // What the server just rendered is fresh: no second request right after the page loads.
    revalidateOnMount: fallbackData === undefined,
  });
}
