import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createSession, endAllSessions, endSession, findSession } from "@/lib/auth/sessions";
import { DEFAULT_DEVICE_LIMIT, getDeviceStatus, listDevices, registerDevice, revokeDevice, revokeSessionDevices } from "@/lib/devices/devices";
import type { Database } from "@/lib/db/open";
import { personId } from "@/lib/seed/people";
import { seedId } from "@/lib/seed/seed-id";
import { generateDeviceKeyPair } from "@/lib/voucher";
import { refusal } from "../helpers/refusal";
import { createTestDatabase, SEEDED } from "../helpers/test-db";
import { setUpTestDevice, TEST_TERMINAL_KEY } from "../helpers/voucher-fixtures";

const now = SEEDED.march;
const chenUser = seedId("user:chen");
let database: Database;

beforeEach(async () => {
  database = await createTestDatabase("demo-march");
});
afterEach(async () => database.close());

describe("registering a device", () => {
  test("returns what the phone needs offline: device id, voucher id, masked name, set-up time", async () => {
    const { publicKeySpki } = await generateDeviceKeyPair();
    const device = await registerDevice(
      database.db,
      { userId: chenUser, personId: personId("chen"), sessionId: null, publicKeySpki, userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile Safari/604.1" },
      now,
    );
    expect(device).toEqual({
      deviceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      voucherId: seedId("voucher:chen"),
      maskedName: "陈*国",
      setUpAt: now.toISOString(),
    });
    const [listed] = await listDevices(database.db, chenUser, null);
    expect(listed).toMatchObject({ id: device.deviceId, label: "Safari · iOS", revokedAt: null, thisSession: false });
  });

  test.each([
    { label: "not base64url", key: "not a key!" },
    { label: "random bytes", key: "AAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
    { label: "far too long", key: "A".repeat(5000) },
  ])("a public key that is $label is refused", async ({ key }) => {
    await expect(refusal(
      registerDevice(database.db, { userId: chenUser, personId: personId("chen"), sessionId: null, publicKeySpki: key, userAgent: null }, now),
    )).resolves.toMatchObject({ code: "invalid_public_key", status: 400 });
  });

  test(`at most ${DEFAULT_DEVICE_LIMIT} active devices per account; a revoked one frees a place`, async () => {
    const ids: string[] = [];
    for (let i = 0; i < DEFAULT_DEVICE_LIMIT; i++) ids.push((await setUpTestDevice(database, "chen", now)).deviceId);
    await expect(setUpTestDevice(database, "chen", now)).rejects.toMatchObject({ code: "too_many_devices" });
    await revokeDevice(database.db, chenUser, ids[0]!, null, now);
    await expect(setUpTestDevice(database, "chen", now)).resolves.toBeTruthy();
  });

  test("a deployment's own limit is honoured and named in the message", async () => {
    const register = async () =>
      registerDevice(
        database.db,
        { userId: chenUser, personId: personId("chen"), sessionId: null, publicKeySpki: (await generateDeviceKeyPair()).publicKeySpki, userAgent: null },
        now,
        2,
      );
    await register();
    await register();
    await expect(refusal(register())).resolves.toMatchObject({ code: "too_many_devices", status: 409, messages: { zh: expect.stringContaining("最多可以设置 2 台"), en: expect.stringContaining("At most 2 devices") } });
  });
});

test("a new key from the same session (the same browser) replaces that session's old key", async () => {
  const session = await createSession(database.db, chenUser, now, "phone");
  const { sessionId } = (await findSession(database.db, session.token, now))!;
  const first = await setUpTestDevice(database, "chen", now, sessionId);
  const other = await setUpTestDevice(database, "chen", now);
  const second = await setUpTestDevice(database, "chen", now, sessionId);
  expect(await getDeviceStatus(database.db, chenUser, first.deviceId)).toBe("revoked");
  expect(await getDeviceStatus(database.db, chenUser, second.deviceId)).toBe("active");
  expect(await getDeviceStatus(database.db, chenUser, other.deviceId)).toBe("active");
});

describe("revoking a device", () => {
  test("only the owner can revoke it; revoking twice changes nothing", async () => {
    const device = await setUpTestDevice(database, "chen", now);
    expect(await revokeDevice(database.db, seedId("user:lin"), device.deviceId, null, now)).toEqual({ revoked: false });
    expect(await getDeviceStatus(database.db, chenUser, device.deviceId)).toBe("active");
    expect(await revokeDevice(database.db, chenUser, device.deviceId, null, now)).toEqual({ revoked: true });
    expect(await revokeDevice(database.db, chenUser, device.deviceId, null, now)).toEqual({ revoked: false });
    expect(await getDeviceStatus(database.db, chenUser, device.deviceId)).toBe("revoked");
    expect(await getDeviceStatus(database.db, seedId("user:lin"), device.deviceId)).toBe("unknown");
    expect(await getDeviceStatus(database.db, chenUser, "nonsense")).toBe("unknown");
  });

  test("signs out the lost phone's session, but not the session doing the revoking", async () => {
    const lost = await createSession(database.db, chenUser, now, "lost phone");
    const here = await createSession(database.db, chenUser, now, "new phone");
    const lostSession = (await findSession(database.db, lost.token, now))!;
    const hereSession = (await findSession(database.db, here.token, now))!;
    const lostDevice = await setUpTestDevice(database, "chen", now, lostSession.sessionId);
    const hereDevice = await setUpTestDevice(database, "chen", now, hereSession.sessionId);

    const list = await listDevices(database.db, chenUser, hereSession.sessionId);
    expect(list.find((d) => d.id === hereDevice.deviceId)?.thisSession).toBe(true);
    expect(list.find((d) => d.id === lostDevice.deviceId)?.thisSession).toBe(false);

    await revokeDevice(database.db, chenUser, lostDevice.deviceId, hereSession.sessionId, now);
    expect(await findSession(database.db, lost.token, now)).toBeNull();
    expect(await findSession(database.db, here.token, now)).not.toBeNull();

    await revokeDevice(database.db, chenUser, hereDevice.deviceId, hereSession.sessionId, now);
    expect(await findSession(database.db, here.token, now)).not.toBeNull();
  });
});

test("signing out revokes the keys that session set up, and only those", async () => {
  const session = await createSession(database.db, chenUser, now, "phone");
  const { sessionId } = (await findSession(database.db, session.token, now))!;
  const mine = await setUpTestDevice(database, "chen", now, sessionId);
  const elsewhere = await setUpTestDevice(database, "chen", now);
  expect(await revokeSessionDevices(database.db, session.token, now)).toBe(1);
  expect(await getDeviceStatus(database.db, chenUser, mine.deviceId)).toBe("revoked");
  expect(await getDeviceStatus(database.db, chenUser, elsewhere.deviceId)).toBe("active");
  expect(await revokeSessionDevices(database.db, "no-such-token", now)).toBe(0);
});

test("ending a session in settings revokes the keys that browser set up, and only those", async () => {
  const lost = await createSession(database.db, chenUser, now, "lost phone");
  const { sessionId } = (await findSession(database.db, lost.token, now))!;
  const lostDevice = await setUpTestDevice(database, "chen", now, sessionId);
  const kept = await setUpTestDevice(database, "chen", now);
  // Another account cannot end it, and nothing is revoked then.
  expect(await endSession(database.db, seedId("user:lin"), sessionId, now)).toBe(false);
  expect(await getDeviceStatus(database.db, chenUser, lostDevice.deviceId)).toBe("active");

  expect(await endSession(database.db, chenUser, sessionId, now)).toBe(true);
  expect(await getDeviceStatus(database.db, chenUser, lostDevice.deviceId)).toBe("revoked");
  expect(await getDeviceStatus(database.db, chenUser, kept.deviceId)).toBe("active");
});

test("signing out everywhere revokes every key of the account and no one else's", async () => {
  const session = await createSession(database.db, chenUser, now, "phone");
  const { sessionId } = (await findSession(database.db, session.token, now))!;
  const fromSession = await setUpTestDevice(database, "chen", now, sessionId);
  const orphan = await setUpTestDevice(database, "chen", now);
  const lins = await setUpTestDevice(database, "lin", now);
  expect(await endAllSessions(database.db, chenUser, now)).toBe(1);
  expect(await getDeviceStatus(database.db, chenUser, fromSession.deviceId)).toBe("revoked");
  expect(await getDeviceStatus(database.db, chenUser, orphan.deviceId)).toBe("revoked");
  expect(await getDeviceStatus(database.db, seedId("user:lin"), lins.deviceId)).toBe("active");
});
