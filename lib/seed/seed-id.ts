import { createHash } from "node:crypto";

/**
 * A stable UUID derived from a seed key, so that seeding twice writes the same rows
 * (inserts use ON CONFLICT DO NOTHING on these ids). Shaped as a version-5 UUID.
 */
export function seedId(key: string): string {
  const h = createHash("sha256").update(`yibao-seed:${key}`).digest("hex");
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
