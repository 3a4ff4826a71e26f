/**
 * Dated values: `{ from, value, source }` series, looked up by service date.
 * A value is in force from its `from` date until the next entry's `from`.
 */
import type { IsoDate } from "./schema-parts";

export interface Dated<T> {
  from: IsoDate;
  value: T;
  source: string;
  unverified?: boolean | undefined;
  note?: string | undefined;
}

/** The entry in force on `date`, or undefined before the first entry. Series are short and ascending. */
export function inForce<T>(series: ReadonlyArray<Dated<T>> | undefined, date: IsoDate): Dated<T> | undefined {
  if (!series) return undefined;
  for (let i = series.length - 1; i >= 0; i--) {
    const entry = series[i];
    if (entry && entry.from <= date) return entry;
  }
  return undefined;
}

function isDatedEntry(value: object): value is Dated<unknown> {
  return "from" in value && "value" in value && "source" in value && typeof (value as { from: unknown }).from === "string";
}

/** Every `from` date anywhere in a policy, ascending and unique: the dates on which it changed. */
export function changeDates(policy: object): IsoDate[] {
  const dates = new Set<IsoDate>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
    } else if (node !== null && typeof node === "object") {
      if (isDatedEntry(node)) dates.add(node.from);
      for (const child of Object.values(node)) visit(child);
    }
  };
  visit(policy);
  return [...dates].sort();
}

/** The latest change date on or before `date` (the policy version in force), or undefined. */
export function versionOn(dates: ReadonlyArray<IsoDate>, date: IsoDate): IsoDate | undefined {
  let low = 0;
  let high = dates.length - 1;
  let found: IsoDate | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = dates[middle];
    if (candidate !== undefined && candidate <= date) {
      found = candidate;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The source (and unverified mark) of a dated value, as carried by a settlement step. */
export function provenance(entry: Pick<Dated<unknown>, "source" | "unverified"> | undefined): { source?: string; unverified?: true } {
  if (!entry) return {};
  return entry.unverified === true ? { source: entry.source, unverified: true } : { source: entry.source };
}
