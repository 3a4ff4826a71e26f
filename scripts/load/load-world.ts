import { randomBytes, randomInt } from "node:crypto";
import { sha256Hex } from "@/lib/auth";
import { registerDevice } from "@/lib/devices";
import type { Db } from "@/lib/db";
import { enrolments, people, terminals, users } from "@/lib/db/schema";
import { appendAccountEntry } from "@/lib/ledger";
import { facilityId, nationalIdFor } from "@/lib/seed";
import { generateDeviceKeyPair, signVoucherCode, unixSeconds } from "@/lib/voucher";

/** An insured person with a phone that shows codes: the private key stays in this process, as on a phone. */
export interface LoadPerson {
  personId: string;
  voucherId: string;
  deviceId: string;
  privateKey: CryptoKey;
}

export interface LoadTerminal {
  id: string;
  key: string;
}

const OPENING_BALANCE_FEN = 200_000; // 2 000 yuan in each personal account

/**
 * Sanming employees in service, each with an account (user), a registered device and an opening
 * personal-account balance; and counter terminals at a Sanming pharmacy. Terminals are many so
 * that the load stays under each terminal's rate limits (60 verifies, 120 settlements a minute).
 */
export async function createLoadWorld(
  db: Db,
  options: { people: number; terminals: number; now: Date; openingBalanceFen?: number },
): Promise<{ people: LoadPerson[]; terminals: LoadTerminal[] }> {
  // Per run, so that a second run on the same database makes new people and terminals.
  const tag = randomBytes(3).toString("hex");
  const runDigits = String(randomInt(100, 1000));
  const made: LoadPerson[] = [];
  for (let i = 0; i < options.people; i++) {
    const birthDate = new Date(Date.UTC(1960, 0, 1) + i * 86_400_000 * 37).toISOString().slice(0, 10);
    const [person] = await db
      .insert(people)
      .values({ name: `负载测试${i}`, nationalId: nationalIdFor("350402", birthDate, runDigits), gender: i % 2 ? "male" : "female", birthDate, phone: null })
      .returning({ id: people.id, voucherId: people.voucherId });
    await db.insert(enrolments).values({ personId: person!.id, insurance: "employee", status: "active", regionCode: "350400", validFrom: "2015-01-01" });
    const [user] = await db.insert(users).values({ phone: `19${runDigits}${String(i).padStart(6, "0")}`, personId: person!.id }).returning({ id: users.id });
    await appendAccountEntry(db, { accountPersonId: person!.id, beneficiaryPersonId: null, kind: "opening", amountFen: options.openingBalanceFen ?? OPENING_BALANCE_FEN, settlementId: null, createdAt: options.now });
    const pair = await generateDeviceKeyPair();
    const device = await registerDevice(db, { userId: user!.id, personId: person!.id, sessionId: null, publicKeySpki: pair.publicKeySpki, userAgent: "cluster test" }, options.now);
    made.push({ personId: person!.id, voucherId: person!.voucherId, deviceId: device.deviceId, privateKey: pair.privateKey });
  }
  const counters: LoadTerminal[] = [];
  for (let i = 0; i < options.terminals; i++) {
    const key = `ybt_cluster_${tag}_${String(i).padStart(3, "0")}_${randomBytes(8).toString("hex")}`;
    const [row] = await db.insert(terminals).values({ name: `负载测试收银台 ${i + 1}`, facilityId: facilityId("sm-yida"), keyHash: sha256Hex(key) }).returning({ id: terminals.id });
    counters.push({ id: row!.id, key });
  }
  return { people: made, terminals: counters };
}

/** A fresh code from the person's phone, made now. */
export function freshCode(person: LoadPerson): Promise<string> {
  return signVoucherCode({ voucherId: person.voucherId, deviceId: person.deviceId, grantId: null, issuedAt: unixSeconds(new Date()) }, person.privateKey);
}
