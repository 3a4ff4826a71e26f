import { createHash, createPublicKey, verify as nodeVerify } from "node:crypto";
import { describe, expect, test } from "vitest";
import {
  checkCodeTime,
  codeExpiresAt,
  codeFingerprint,
  decodeVoucherCode,
  generateDeviceKeyPair,
  signVoucherCode,
  verifyVoucherCode,
  type DeviceKeyLookup,
  type VoucherErrorCode,
} from "@/lib/voucher";
import { at, codeBytes, codeText, deviceKey, DEVICE_ID, GRANT_ID, ISSUED_AT, NONCE, VOUCHER_ID } from "./fixtures";

async function makeCode(grantId?: string): Promise<string> {
  const { privateKey } = await deviceKey();
  return signVoucherCode(
    { voucherId: VOUCHER_ID, deviceId: DEVICE_ID, grantId, issuedAt: ISSUED_AT, nonce: NONCE },
    privateKey,
  );
}

/** The registered devices: only DEVICE_ID. */
async function registry(): Promise<DeviceKeyLookup> {
  const { publicKey } = await deviceKey();
  return (deviceId) => (deviceId === DEVICE_ID ? publicKey : null);
}

async function outcome(text: string, now: Date, lookup?: DeviceKeyLookup): Promise<VoucherErrorCode | "ok"> {
  const result = await verifyVoucherCode(text, { now, lookupDeviceKey: lookup ?? (await registry()) });
  return result.ok ? "ok" : result.error.code;
}

describe("verifyVoucherCode", () => {
  test.each([undefined, GRANT_ID])("accepts a fresh code (grant %s) and reports its fields", async (grantId) => {
    const text = await makeCode(grantId);
    const result = await verifyVoucherCode(text, { now: at(5_000), lookupDeviceKey: await registry() });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value).toMatchObject({
      voucherId: VOUCHER_ID,
      deviceId: DEVICE_ID,
      grantId: grantId ?? null,
      issuedAt: ISSUED_AT,
    });
    expect(result.value.expiresAt).toEqual(new Date((ISSUED_AT + 60) * 1000));
    expect(result.value.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  test("a lookup may be async", async () => {
    const { publicKey } = await deviceKey();
    const text = await makeCode();
    expect(await outcome(text, at(0), async () => publicKey)).toBe("ok");
  });

  test("an unregistered (or revoked) device -> unknown_device", async () => {
    const text = await makeCode();
    expect(await outcome(text, at(0), () => null)).toBe("unknown_device");
  });

  test("another device's key -> bad_signature", async () => {
    const other = await generateDeviceKeyPair();
    const text = await makeCode();
    expect(await outcome(text, at(0), () => other.publicKey)).toBe("bad_signature");
  });

  test("a code signed by an unregistered key but naming a registered device -> bad_signature", async () => {
    const intruder = await generateDeviceKeyPair();
    const text = await signVoucherCode(
      { voucherId: VOUCHER_ID, deviceId: DEVICE_ID, issuedAt: ISSUED_AT },
      intruder.privateKey,
    );
    expect(await outcome(text, at(0))).toBe("bad_signature");
  });

  test("checks run in order: malformed, unknown device, signature, then time", async () => {
    const text = await makeCode();
    const other = await generateDeviceKeyPair();
    const expired = at(3_600_000);
    expect(await outcome(text.slice(0, -1), expired, () => null)).toBe("malformed");
    expect(await outcome(text, expired, () => null)).toBe("unknown_device");
    expect(await outcome(text, expired, () => other.publicKey)).toBe("bad_signature");
    expect(await outcome(text, expired)).toBe("expired");
  });
});

describe("tampering", () => {
  test.each([undefined, GRANT_ID])(
    "changing any bit of any byte (grant %s) -> bad_signature or malformed",
    async (grantId) => {
      const { publicKey } = await deviceKey();
      const text = await makeCode(grantId);
      const original = codeBytes(text);
      // Worst case for the check: the lookup answers for any device id, so only the signature stands in the way.
      const anyDevice: DeviceKeyLookup = () => publicKey;
      const seen = new Set<string>();
      for (let i = 0; i < original.length; i++) {
        for (let bit = 0; bit < 8; bit++) {
          const bytes = original.slice();
          bytes[i] = (bytes[i] ?? 0) ^ (1 << bit);
          const result = await outcome(codeText(bytes), at(0), anyDevice);
          expect(result, `byte ${i} bit ${bit}`).toMatch(/^(bad_signature|malformed)$/);
          seen.add(result);
        }
      }
      expect(seen).toEqual(new Set(["bad_signature", "malformed"]));
    },
  );

  test("changing any character of the text -> bad_signature, malformed or (device id) unknown_device", async () => {
    const text = await makeCode(GRANT_ID);
    const lookup = await registry();
    for (let i = 0; i < text.length; i++) {
      const replacement = text[i] === "0" ? "1" : "0";
      const altered = text.slice(0, i) + replacement + text.slice(i + 1);
      expect(await outcome(altered, at(0), lookup), `character ${i}`).toMatch(
        /^(bad_signature|malformed|unknown_device)$/,
      );
    }
  });

  test("changing the device id bytes with the real registry -> unknown_device", async () => {
    const bytes = codeBytes(await makeCode());
    bytes[2 + 16] = (bytes[2 + 16] ?? 0) ^ 0xff; // first byte of the device id
    expect(await outcome(codeText(bytes), at(0))).toBe("unknown_device");
  });

  test("removing the grant (re-encoding without it) -> bad_signature", async () => {
    const bytes = codeBytes(await makeCode(GRANT_ID));
    const stripped = new Uint8Array([1, 0, ...bytes.slice(2, 34), ...bytes.slice(50)]);
    expect(await outcome(codeText(stripped), at(0))).toBe("bad_signature");
  });
});

describe("time window: valid for 60 s, issued up to 30 s in the future accepted", () => {
  test.each<[string, number, VoucherErrorCode | "ok"]>([
    ["at issue", 0, "ok"],
    ["59 s old", 59_000, "ok"],
    ["exactly 60 s old", 60_000, "ok"],
    ["60.001 s old", 60_001, "expired"],
    ["61 s old", 61_000, "expired"],
    ["a day old", 86_400_000, "expired"],
    ["issued 29 s in the future", -29_000, "ok"],
    ["issued exactly 30 s in the future", -30_000, "ok"],
    ["issued 30.001 s in the future", -30_001, "not_yet_valid"],
    ["issued 31 s in the future", -31_000, "not_yet_valid"],
    ["issued an hour in the future", -3_600_000, "not_yet_valid"],
  ])("%s -> %s", async (_label, offsetMs, expected) => {
    expect(await outcome(await makeCode(), at(offsetMs))).toBe(expected);
    // The pure time check agrees with the full verification.
    expect(checkCodeTime({ issuedAt: ISSUED_AT }, at(offsetMs))?.code ?? "ok").toBe(expected);
  });

  test("a phone 30 s slow still gets its last on-screen code accepted (refresh 30 s + skew 30 s = lifetime)", () => {
    const phoneIssuedAt = ISSUED_AT - 30; // the phone's clock is 30 s behind the server
    const shownUntil = at(30_000); // the code stays on screen 30 s before the next refresh
    expect(checkCodeTime({ issuedAt: phoneIssuedAt }, shownUntil)).toBeNull();
  });

  test("codeExpiresAt is issued-at + 60 s, the moment after which a used-code record is no longer needed", () => {
    expect(codeExpiresAt(ISSUED_AT).getTime()).toBe(at(60_000).getTime());
  });

  test("an invalid server date is a programming error", () => {
    expect(() => checkCodeTime({ issuedAt: ISSUED_AT }, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("codeFingerprint", () => {
  const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

  test("is SHA-256 of the signed bytes in lowercase hex", async () => {
    const decoded = decodeVoucherCode(await makeCode());
    if (!decoded.ok) throw new Error(decoded.error.code);
    const expected = createHash("sha256").update(decoded.value.signedBytes).digest("hex");
    expect(await codeFingerprint(decoded.value)).toBe(expected);
  });

  test("differs between two codes made in the same second", async () => {
    const { privateKey } = await deviceKey();
    const input = { voucherId: VOUCHER_ID, deviceId: DEVICE_ID, issuedAt: ISSUED_AT };
    const [a, b] = [decodeVoucherCode(await signVoucherCode(input, privateKey)), decodeVoucherCode(await signVoucherCode(input, privateKey))];
    if (!a.ok || !b.ok) throw new Error("decode failed");
    expect(await codeFingerprint(a.value)).not.toBe(await codeFingerprint(b.value));
  });

  test("a re-written signature (s -> n - s) still verifies, and keeps the fingerprint: replay is still caught", async () => {
    const text = await makeCode();
    const bytes = codeBytes(text);
    const sOffset = bytes.length - 32;
    const s = BigInt("0x" + Buffer.from(bytes.slice(sOffset)).toString("hex"));
    const flipped = (P256_ORDER - s).toString(16).padStart(64, "0");
    bytes.set(Buffer.from(flipped, "hex"), sOffset);
    const mauled = codeText(bytes);
    expect(mauled).not.toBe(text);

    const original = await verifyVoucherCode(text, { now: at(0), lookupDeviceKey: await registry() });
    const replayed = await verifyVoucherCode(mauled, { now: at(0), lookupDeviceKey: await registry() });
    if (!original.ok || !replayed.ok) throw new Error("both forms of the signature should verify");
    expect(replayed.value.fingerprint).toBe(original.value.fingerprint);
  });
});

describe("interoperability", () => {
  test("node:crypto verifies the code with the stored SPKI key (IEEE P1363 signature)", async () => {
    const { publicKeySpki } = await deviceKey();
    const decoded = decodeVoucherCode(await makeCode());
    if (!decoded.ok) throw new Error(decoded.error.code);
    const key = createPublicKey({ key: Buffer.from(publicKeySpki, "base64url"), format: "der", type: "spki" });
    const ok = nodeVerify("sha256", decoded.value.signedBytes, { key, dsaEncoding: "ieee-p1363" }, decoded.value.signature);
    expect(ok).toBe(true);
  });
});
