import "server-only";
import { alias } from "drizzle-orm/pg-core";
import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { accessLog, facilities, grants, people, settlements, users, type GrantRelation } from "@/lib/db/schema";
import { maskPhone } from "@/lib/auth";
import { maskName } from "@/lib/privacy";
import { accessLogKind, type AccessLogKind } from "./access-actions";
import { listActingFor } from "./acting-for";
import { registeredRelations } from "./relations";
import type { Relative } from "./relative";

/** One use of a grant (or of guardianship) as the person whose data it was reads it. */
export interface AccessLogEntry {
  id: string;
  /** The latest time (of a run of the same use, see {@link collapseRepeats}). */
  at: string;
  /** The first time of the run; equal to `at` for a single use. */
  firstAt: string;
  /** How many times in a row the same person did the same thing. */
  count: number;
  kind: AccessLogKind;
  action: string;
  via: "grant" | "guardian";
  /** Who did it: the reader themself (a guardian reading what they did for their child), or a family member. */
  actor: { self: true } | ({ self: false; maskedPhone: string } & Relative);
  /** Whose data: the reader's own, or their dependant child's. */
  subject: { own: true } | ({ own: false } & Relative);
  /** Where, for a counter's scan or payment. */
  place: { name: string; nameEn: string } | null;
  /** A payment from the reader's personal account: how much, for whom, and whether it was reversed since. */
  payment: { amountFen: number; forWhom: { self: true } | ({ self: false } & Relative); reversed: boolean } | null;
}

export const ACCESS_LOG_PAGE = 100;

/** Two uses a minute or less apart read as one (a screen and its refresh), up to this gap between them. */
const REPEAT_GAP_MS = 10 * 60_000;

/**
 * Accesses to the account's own person's data by others, and to its dependants' data (a guardian
 * sees what the other guardian did, and what they did themselves). Newest first, from the latest
 * {@link ACCESS_LOG_PAGE} uses, a run of the same use shown once with its count.
 */
export async function listAccessLog(db: Db, user: { userId: string; personId: string | null }, now: Date): Promise<AccessLogEntry[]> {
  if (user.personId === null) return [];
  const reader = user.personId;
  const subjects = (await listActingFor(db, user, now)).filter((o) => o.via !== "grant").map((o) => o.personId);
  if (subjects.length === 0) return [];
  const subject = alias(people, "subject");
  const actorPerson = alias(people, "actor_person");
  const beneficiary = alias(people, "beneficiary");
  const rows = await db
    .select({
      entry: accessLog,
      phone: users.phone,
      actorPersonId: users.personId,
      actorName: actorPerson.name,
      actorGender: actorPerson.gender,
      grantRelation: grants.relation,
      subjectName: subject.name,
      subjectGender: subject.gender,
      placeName: facilities.name,
      placeNameEn: facilities.nameEn,
      paidFen: settlements.acctPayFen,
      status: settlements.status,
      beneficiaryId: settlements.personId,
      beneficiaryName: beneficiary.name,
      beneficiaryGender: beneficiary.gender,
    })
    .from(accessLog)
    .innerJoin(users, eq(users.id, accessLog.actorUserId))
    .leftJoin(actorPerson, eq(actorPerson.id, users.personId))
    .leftJoin(grants, eq(grants.id, accessLog.grantId))
    .innerJoin(subject, eq(subject.id, accessLog.subjectPersonId))
    .leftJoin(facilities, eq(facilities.id, accessLog.facilityId))
    .leftJoin(settlements, eq(settlements.id, accessLog.settlementId))
    .leftJoin(beneficiary, eq(beneficiary.id, settlements.personId))
    .where(inArray(accessLog.subjectPersonId, subjects))
    .orderBy(desc(accessLog.at), desc(accessLog.id))
    .limit(ACCESS_LOG_PAGE);

  const others = rows.flatMap((r) => [r.actorPersonId, r.entry.subjectPersonId, r.beneficiaryId]).filter((id): id is string => id !== null && id !== reader);
  const relations = await registeredRelations(db, reader, [...new Set(others)]);
  const relative = (id: string | null, name: string | null, gender: "female" | "male" | null, stated: GrantRelation | null = null): Relative => ({
    maskedName: name === null ? null : maskName(name),
    gender,
    // What the family registry says first; a grant on the reader's own data says what the reader stated.
    relation: (id !== null ? relations.get(id) : undefined) ?? stated,
  });

  const entries = rows.map((r): AccessLogEntry => {
    const at = r.entry.at.toISOString();
    const ownData = r.entry.subjectPersonId === reader;
    return {
      id: r.entry.id,
      at,
      firstAt: at,
      count: 1,
      kind: accessLogKind(r.entry.action),
      action: r.entry.action,
      via: r.entry.via,
      actor:
        r.entry.actorUserId === user.userId
          ? { self: true }
          : { self: false, maskedPhone: maskPhone(r.phone), ...relative(r.actorPersonId, r.actorName, r.actorGender, ownData ? r.grantRelation : null) },
      subject: ownData ? { own: true } : { own: false, ...relative(r.entry.subjectPersonId, r.subjectName, r.subjectGender) },
      place: r.placeName === null || r.placeNameEn === null ? null : { name: r.placeName, nameEn: r.placeNameEn },
      payment:
        r.paidFen === null || r.beneficiaryId === null
          ? null
          : {
              amountFen: r.paidFen,
              forWhom: r.beneficiaryId === reader ? { self: true } : { self: false, ...relative(r.beneficiaryId, r.beneficiaryName, r.beneficiaryGender) },
              reversed: r.status === "reversed",
            },
    };
  });
  return collapseRepeats(entries);
}

/**
 * Consecutive uses (newest first) by the same person, of the same thing, on the same person's
 * data, each within ten minutes of the next, read as one entry with a count: a screen opened and
 * refreshed is one visit. Scans and payments are never merged: each is its own event.
 */
export function collapseRepeats(entries: AccessLogEntry[]): AccessLogEntry[] {
  const out: AccessLogEntry[] = [];
  for (const entry of entries) {
    const last = out[out.length - 1];
    if (last && sameUse(last, entry) && Date.parse(last.firstAt) - Date.parse(entry.at) <= REPEAT_GAP_MS) {
      out[out.length - 1] = { ...last, firstAt: entry.at, count: last.count + entry.count };
    } else {
      out.push(entry);
    }
  }
  return out;
}

function sameUse(a: AccessLogEntry, b: AccessLogEntry): boolean {
  if (a.kind === "scan" || a.kind === "payment" || a.action !== b.action || a.via !== b.via) return false;
  return JSON.stringify([a.actor, a.subject]) === JSON.stringify([b.actor, b.subject]);
}
