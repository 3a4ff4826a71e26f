import { describe, expect, test } from "vitest";
import {
  exportDevicePublicKey,
  generateDeviceKeyPair,
  importDevicePublicKey,
  signVoucherCode,
  verifyVoucherCode,
} from "@/lib/voucher";
import { fromBase64Url, toBase64Url } from "@/lib/voucher/bytes";
import { at, DEVICE_ID, ISSUED_AT, VOUCHER_ID } from "./fixtures";

describe("device keys", () => {
  test("the private key cannot be exported; the public key can", async () => {
    const pair = await generateDeviceKeyPair();
    expect(pair.privateKey.extractable).toBe(false);
    expect(pair.privateKey.usages).toEqual(["sign"]);
    await expect(crypto.subtle.exportKey("pkcs8", pair.privateKey)).rejects.toThrow();
    await expect(crypto.subtle.exportKey("jwk", pair.privateKey)).rejects.toThrow();
    expect(pair.publicKeySpki).toBe(await exportDevicePublicKey(pair.publicKey));
  });

  test("the public key is a 91-byte P-256 SPKI in base64url (122 characters)", async () => {
    const { publicKeySpki } = await generateDeviceKeyPair();
    expect(publicKeySpki).toMatch(/^[A-Za-z0-9_-]{122}$/);
    expect(fromBase64Url(publicKeySpki)?.length).toBe(91);
  });

  test("a code verifies with the key the server imported from its stored SPKI text", async () => {
    const pair = await generateDeviceKeyPair();
    const stored = await importDevicePublicKey(pair.publicKeySpki);
    expect(stored).not.toBeNull();
    expect(stored?.usages).toEqual(["verify"]);
    const text = await signVoucherCode({ voucherId: VOUCHER_ID, deviceId: DEVICE_ID, issuedAt: ISSUED_AT }, pair.privateKey);
    const result = await verifyVoucherCode(text, { now: at(0), lookupDeviceKey: () => stored });
    expect(result.ok).toBe(true);
  });

  test("a P-384 key is refused", async () => {
    const p384 = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-384" }, true, ["sign", "verify"]);
    const spki = toBase64Url(new Uint8Array(await crypto.subtle.exportKey("spki", p384.publicKey)));
    expect(await importDevicePublicKey(spki)).toBeNull();
  });

  test("an RSA key is refused", async () => {
    const rsa = await crypto.subtle.generateKey(
      { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
      true,
      ["sign", "verify"],
    );
    const spki = toBase64Url(new Uint8Array(await crypto.subtle.exportKey("spki", rsa.publicKey)));
    expect(await importDevicePublicKey(spki)).toBeNull();
  });

  test.each([
    ["empty", ""],
    ["not base64url", "not a key!"],
    ["random bytes", toBase64Url(crypto.getRandomValues(new Uint8Array(91)))],
    ["oversize", "A".repeat(400)],
  ])("%s text is refused", async (_label, text) => {
    expect(await importDevicePublicKey(text)).toBeNull();
  });

  test("a truncated SPKI is refused", async () => {
    const { publicKeySpki } = await generateDeviceKeyPair();
    const der = fromBase64Url(publicKeySpki) ?? new Uint8Array();
    expect(await importDevicePublicKey(toBase64Url(der.slice(0, -1)))).toBeNull();
  });
});
