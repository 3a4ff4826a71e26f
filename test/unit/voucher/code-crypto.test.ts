import { describe, expect, test } from "vitest";
import { nodeCodeCrypto } from "@/lib/devices/code-crypto";
import { codeFingerprint, decodeVoucherCode, generateDeviceKeyPair, signVoucherCode, verifyCodeSignature } from "@/lib/voucher";

const VOUCHER_ID = "6f1c2a7e-1b2d-4c3e-8f4a-5b6c7d8e9f01";
const DEVICE_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

async function signedCode(privateKey: CryptoKey) {
  const decoded = decodeVoucherCode(await signVoucherCode({ voucherId: VOUCHER_ID, deviceId: DEVICE_ID, issuedAt: 1_790_000_000 }, privateKey));
  if (!decoded.ok) throw new Error(decoded.error.code);
  return decoded.value;
}

describe("the server's Node crypto answers as WebCrypto does", () => {
  test("a good code verifies with both, and both give the same fingerprint", async () => {
    const { privateKey, publicKey } = await generateDeviceKeyPair();
    for (let i = 0; i < 20; i++) {
      const code = await signedCode(privateKey);
      expect(nodeCodeCrypto.verifySignature(code, publicKey)).toBe(true);
      expect(await verifyCodeSignature(code, publicKey)).toBe(true);
      expect(nodeCodeCrypto.fingerprint(code)).toBe(await codeFingerprint(code));
    }
  });

  test("an altered byte, another device's key, or a signature of the wrong size fails with both", async () => {
    const { privateKey, publicKey } = await generateDeviceKeyPair();
    const other = await generateDeviceKeyPair();
    const code = await signedCode(privateKey);
    const altered = { ...code, signedBytes: Uint8Array.from(code.signedBytes, (b, i) => (i === 5 ? b ^ 1 : b)) };
    const short = { ...code, signature: code.signature.slice(0, 63) };
    for (const [candidate, key] of [[altered, publicKey], [code, other.publicKey], [short, publicKey]] as const) {
      expect(nodeCodeCrypto.verifySignature(candidate, key)).toBe(false);
      expect(await verifyCodeSignature(candidate, key)).toBe(false);
    }
  });
});
