import "server-only";
import { authorisePersonAccess, type AccessingUser } from "./access";
import type { Db } from "@/lib/db/open";
import { isDomainError } from "@/lib/errors/domain-error";
import { actingForSchema } from "./schemas";

export type ActingFor =
  | { kind: "self"; personId: string | null }
  | { kind: "other"; personId: string; via: "guardian" | "grant" }
  | { kind: "refused" };

/**
 * Home's `?for=` (whom the account is acting for), checked — and, under a grant, logged — on
 * every request. A malformed, unknown, stranger's or ended-grant id is refused the same way.
 */
export async function resolveActingFor(db: Db, user: AccessingUser, requested: string | null, now: Date): Promise<ActingFor> {
  if (requested === null || requested === "" || requested === user.personId) {
    if (user.personId) await authorisePersonAccess(db, user, user.personId, "view_coverage", { now });
    return { kind: "self", personId: user.personId };
  }
  const parsed = actingForSchema.safeParse(requested);
  if (!parsed.success) return { kind: "refused" };
  try {
    const access = await authorisePersonAccess(db, user, parsed.data, "view_coverage", { now, action: "home.coverage" });
    return access.via === "self" ? { kind: "self", personId: access.personId } : { kind: "other", personId: access.personId, via: access.via };
  } catch (error) {
    if (isDomainError(error) && (error.status === 401 || error.status === 403)) return { kind: "refused" };
    throw error;
  }
}
