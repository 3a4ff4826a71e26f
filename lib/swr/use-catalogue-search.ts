"use client";
import { useEffect, useState } from "react";
import useSWR from "swr";
import type { CatalogueItemDto } from "@/lib/catalogue/client";

export const CATALOGUE_SEARCH_URL = "/api/v1/catalogue/search";
export const CATALOGUE_SEARCH_DEBOUNCE_MS = 250;
const RESULTS = 8;

async function fetchCatalogue(url: string): Promise<CatalogueItemDto[]> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`catalogue search failed: ${response.status}`);
  return ((await response.json()) as { items: CatalogueItemDto[] }).items;
}

/**
 * Catalogue items matching what the person is typing, searched in the database
 * (GET /api/v1/catalogue/search) once typing pauses; nothing is fetched for an empty query.
 */
export function useCatalogueSearch(query: string) {
  const [settled, setSettled] = useState(query.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query.trim()), CATALOGUE_SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const key = settled === "" ? null : `${CATALOGUE_SEARCH_URL}?q=${encodeURIComponent(settled)}&limit=${RESULTS}`;
  const { data, error, isLoading } = useSWR<CatalogueItemDto[], Error>(key, fetchCatalogue, { keepPreviousData: true, revalidateOnFocus: false });
  return { items: key === null ? [] : (data ?? []), error: error ?? null, isLoading: isLoading || settled !== query.trim(), query: settled };
}
