export { pick } from "@/lib/i18n/client";

/** A stable DOM id from a bucket id such as "chronic:diabetes". */
export function domId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/[^a-z0-9_-]/gi, "-")}`;
}
