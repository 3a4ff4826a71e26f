"use client";
import useSWR, { mutate as globalMutate, type ScopedMutator, useSWRConfig } from "swr";
import useSWRInfinite, { unstable_serialize } from "swr/infinite";
import type { SettlementDetail, SettlementPage } from "@/lib/ledger/client";
import { fetchPrivateJson, type PrivateFetchError } from "./fetch-private-json";

export const SETTLEMENTS_PATH = "/api/v1/me/settlements";

function withQuery(path: string, query: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The SWR key of one page of settlements; null after the last page. */
export function settlementsPageKey(personId: string | null | undefined, cursor: string | null): string {
  return withQuery(SETTLEMENTS_PATH, { personId, cursor });
}

/** The SWR key of one settlement's detail. */
export function settlementKey(id: string, personId?: string | null): string {
  return withQuery(`${SETTLEMENTS_PATH}/${encodeURIComponent(id)}`, { personId });
}

function pageKeys(personId: string | null | undefined) {
  return (index: number, previous: SettlementPage | null) =>
    index === 0 ? settlementsPageKey(personId, null) : previous?.nextCursor ? settlementsPageKey(personId, previous.nextCursor) : null;
}

/**
 * The person's settlements, newest first, one page at a time (GET /api/v1/me/settlements).
 * `loadMore()` fetches the next page; `hasMore` says whether there is one.
 */
export function useSettlements(options: { personId?: string | null; fallbackData?: SettlementPage } = {}) {
  const result = useSWRInfinite<SettlementPage, PrivateFetchError>(
    pageKeys(options.personId),
    fetchPrivateJson<SettlementPage>,
    { fallbackData: options.fallbackData ? [options.fallbackData] : undefined, revalidateOnFocus: true },
  );
  const pages = result.data ?? [];
  return {
    ...result,
    items: pages.flatMap((page) => page.items),
    hasMore: (pages[pages.length - 1]?.nextCursor ?? null) !== null,
    loadMore: () => result.setSize(result.size + 1),
  };
}

/** One settlement's full split and explanation (GET /api/v1/me/settlements/{id}). */
export function useSettlement(id: string | null, options: { personId?: string | null; fallbackData?: SettlementDetail } = {}) {
  return useSWR<SettlementDetail, PrivateFetchError>(id ? settlementKey(id, options.personId) : null, fetchPrivateJson<SettlementDetail>, {
    fallbackData: options.fallbackData,
    revalidateOnFocus: true,
  });
}

/**
 * Refetches a person's settlements list (all loaded pages) and every cached settlement detail.
 * Pass the `mutate` of `useSWRConfig()` when the screen runs under its own SWR cache provider.
 */
export function revalidateSettlements(personId?: string | null, mutate: ScopedMutator = globalMutate): Promise<unknown> {
  return Promise.all([
    mutate(unstable_serialize(pageKeys(personId))),
    mutate((key) => typeof key === "string" && key.startsWith(`${SETTLEMENTS_PATH}/`)),
  ]);
}

/** `revalidateSettlements` bound to the SWR cache of the calling component. */
export function useRevalidateSettlements(): (personId?: string | null) => Promise<unknown> {
  const { mutate } = useSWRConfig();
  return (personId) => revalidateSettlements(personId, mutate);
}
