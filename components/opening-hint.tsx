"use client";
import { useLinkStatus } from "next/link";

/**
 * Shown inside a link while the screen it opens is on its way. The screens render whole on
 * the server (no route-level loading fallback, which would stay on screen forever for a
 * browser without JavaScript), so this is what tells a person the tap was taken.
 */
export function OpeningHint({ text }: { text: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span role="status" className="ml-2 inline-flex items-center" data-testid="nav-opening">
      <span aria-hidden="true" className="h-2 w-2 animate-pulse rounded-full bg-brand-700" />
      <span className="sr-only">{text}</span>
    </span>
  );
}
