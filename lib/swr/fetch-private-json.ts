"use client";

/** A failed request, with the HTTP status so a screen can tell "signed out" (401) from "try again". */
export class PrivateFetchError extends Error {
  constructor(readonly status: number) {
    super(`request failed: ${status}`);
  }
}

/** GET of a personal-data JSON endpoint: same-origin cookies, never from the HTTP cache. */
export async function fetchPrivateJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } });
  if (!response.ok) throw new PrivateFetchError(response.status);
  return (await response.json()) as T;
}
