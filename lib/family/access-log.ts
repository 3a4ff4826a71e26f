import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { accessLog, people, users } from "@/lib/db/schema";
import { maskPhone } from "@/lib/auth";
import { maskName } from "@/lib/privacy";
import { listActingFor } from "./acting-for";

export interface AccessLogEntry {
  id: string;
  at: string;
  /** Who: the family member's account, masked. */
  actorPhone: string;
  /** Whose data, masked. */
  subjectName: string;
  via: "grant" | "guardian";
  scope: string;
  action: string;
}

export const ACCESS_LOG_PAGE = 100;

/**
 * Accesses to the account's own person's data by others, and to its dependants' data (a guardian
 * sees what the other guardian did). Newest first, the latest {@link ACCESS_LOG_PAGE}.
 */
export async function listAccessLog(db: Db, user: { userId: string; personId: string | null }, now: Date): Promise<AccessLogEntry[]> {
  if (user.personId === null) return [];
  const subjects = (await listActingFor(db, user, now)).filter((o) => o.via !== "grant").map((o) => o.personId);
  if (subjects.length === 0) return [];
  const rows = await db
    .select({ entry: accessLog, phone: users.phone, name: people.name })
    .from(accessLog)
    .innerJoin(users, eq(users.id, accessLog.actorUserId))
    .innerJoin(people, eq(people.id, accessLog.subjectPersonId))
    .where(inArray(accessLog.subjectPersonId, subjects))
    .orderBy(desc(accessLog.at))
    .limit(ACCESS_LOG_PAGE);
  return rows.map((r) => ({
    id: r.entry.id,
    at: r.entry.at.toISOString(),
    actorPhone: maskPhone(r.phone),
    subjectName: maskName(r.name),
    via: r.entry.via,
    scope: r.entry.scope,
    action: r.entry.action,
  }));
}
