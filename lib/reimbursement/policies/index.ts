/**
 * The policies shipped with the project, validated once on first use.
 */
import { type Policy, type PolicyInput, policySchema } from "../policy-schema";
import { lanzhou } from "./lanzhou";
import { ningbo } from "./ningbo";
import { qingyuan } from "./qingyuan";
import { sanming } from "./sanming";
import { wuhan } from "./wuhan";
import { yangzhou } from "./yangzhou";

const SHIPPED: Readonly<Record<string, PolicyInput>> = {
  [sanming.id]: sanming,
  [qingyuan.id]: qingyuan,
  [wuhan.id]: wuhan,
  [yangzhou.id]: yangzhou,
  [ningbo.id]: ningbo,
  [lanzhou.id]: lanzhou,
};

const parsed = new Map<string, Policy>();

/** Ids of the shipped policies (the four demo regions first, then regions shipped with their published figures only). */
export function policyIds(): string[] {
  return Object.keys(SHIPPED);
}

/** A shipped policy by id (validated; the same object on every call), or undefined. */
export function getPolicy(id: string): Policy | undefined {
  const cached = parsed.get(id);
  if (cached) return cached;
  if (!Object.prototype.hasOwnProperty.call(SHIPPED, id)) return undefined;
  const input = SHIPPED[id];
  if (!input) return undefined;
  const policy = policySchema.parse(input);
  parsed.set(id, policy);
  return policy;
}

/** A shipped policy as written (yuan, fractions) — e.g. to show its sources. */
export function getPolicyInput(id: string): PolicyInput | undefined {
  return Object.prototype.hasOwnProperty.call(SHIPPED, id) ? SHIPPED[id] : undefined;
}
