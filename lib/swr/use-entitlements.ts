"use client";
import useSWR, { mutate as globalMutate, type ScopedMutator, useSWRConfig } from "swr";
import type { Entitlements } from "@/lib/ledger/client";
import { fetchPrivateJson, type PrivateFetchError } from "./fetch-private-json";

export const ENTITLEMENTS_PATH = "/api/v1/me/entitlements";

/** The SWR key of a person's entitlements (the signed-in person's own when no id is given). */
export function entitlementsKey(personId?: string | null): string {
  return personId ? `${ENTITLEMENTS_PATH}?personId=${encodeURIComponent(personId)}` : ENTITLEMENTS_PATH;
}

/**
 * Entitlements from GET /api/v1/me/entitlements. Server pages pass what they rendered as
 * `fallbackData`; SWR revalidates on focus and whenever {@link revalidateEntitlements} is called.
 */
export function useEntitlements(options: { personId?: string | null; fallbackData?: Entitlements } = {}) {
  return useSWR<Entitlements, PrivateFetchError>(entitlementsKey(options.personId), fetchPrivateJson<Entitlements>, {
    fallbackData: options.fallbackData,
    revalidateOnFocus: true,
  });
}

/**
 * Refetches every cached entitlements view, e.g. after an action that changed the ledger. Pass
 * the `mutate` of `useSWRConfig()` when the screen runs under its own SWR cache provider.
 */
export function revalidateEntitlements(mutate: ScopedMutator = globalMutate): Promise<unknown> {
  return mutate((key) => typeof key === "string" && key.startsWith(ENTITLEMENTS_PATH));
}

/** `revalidateEntitlements` bound to the SWR cache of the calling component. */
export function useRevalidateEntitlements(): () => Promise<unknown> {
  const { mutate } = useSWRConfig();
  return () => revalidateEntitlements(mutate);
}
