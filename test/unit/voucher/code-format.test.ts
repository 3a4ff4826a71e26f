import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  CODE_BYTES_WITH_GRANT,
  CODE_BYTES_WITHOUT_GRANT,
  CODE_PREFIX,
  decodeVoucherCode,
  MAX_CODE_TEXT_LENGTH,
  signVoucherCode,
  unixSeconds,
  verifyCodeSignature,
} from "@/lib/voucher";
import { codeBytes, codeText, deviceKey, DEVICE_ID, GRANT_ID, ISSUED_AT, NONCE, VOUCHER_ID } from "./fixtures";

describe("code round trip", () => {
  test.each([
    ["without a grant", undefined, null, CODE_BYTES_WITHOUT_GRANT],
    ["with a grant", GRANT_ID, GRANT_ID, CODE_BYTES_WITH_GRANT],
  ])("%s: every field survives encode -> decode", async (_label, grantId, expectedGrant, byteCount) => {
    const { privateKey, publicKey } = await deviceKey();
    const text = await signVoucherCode(
      { voucherId: VOUCHER_ID, deviceId: DEVICE_ID, grantId, issuedAt: ISSUED_AT, nonce: NONCE },
      privateKey,
    );
    expect(text.startsWith(CODE_PREFIX)).toBe(true);
    expect(codeBytes(text).length).toBe(byteCount);

    const decoded = decodeVoucherCode(text);
    if (!decoded.ok) throw new Error(decoded.error.code);
    const code = decoded.value;
    expect(code.version).toBe(1);
    expect(code.voucherId).toBe(VOUCHER_ID);
    expect(code.deviceId).toBe(DEVICE_ID);
    expect(code.grantId).toBe(expectedGrant);
    expect(code.issuedAt).toBe(ISSUED_AT);
    expect(code.nonce).toEqual(NONCE);
    expect(code.signature.length).toBe(64);
    expect(code.signedBytes.length).toBe(byteCount - 64);
    expect(await verifyCodeSignature(code, publicKey)).toBe(true);
  });

  test("the text lengths are fixed: 169 characters without a grant, 193 with one", async () => {
    const { privateKey } = await deviceKey();
    const plain = await signVoucherCode({ voucherId: VOUCHER_ID, deviceId: DEVICE_ID, issuedAt: ISSUED_AT }, privateKey);
    const granted = await signVoucherCode(
      { voucherId: VOUCHER_ID, deviceId: DEVICE_ID, grantId: GRANT_ID, issuedAt: ISSUED_AT },
      privateKey,
    );
    expect(plain.length).toBe(169);
    expect(granted.length).toBe(193);
    expect(MAX_CODE_TEXT_LENGTH).toBe(193);
  });

  test("ids are reported in lowercase whatever case they were given in", async () => {
    const { privateKey } = await deviceKey();
    const text = await signVoucherCode(
      { voucherId: VOUCHER_ID.toUpperCase(), deviceId: DEVICE_ID.toUpperCase(), issuedAt: ISSUED_AT },
      privateKey,
    );
    const decoded = decodeVoucherCode(text);
    expect(decoded.ok && decoded.value.voucherId).toBe(VOUCHER_ID);
    expect(decoded.ok && decoded.value.deviceId).toBe(DEVICE_ID);
  });

  test("without a given nonce, two codes of the same second differ", async () => {
    const { privateKey } = await deviceKey();
    const input = { voucherId: VOUCHER_ID, deviceId: DEVICE_ID, issuedAt: ISSUED_AT };
    const [a, b] = [await signVoucherCode(input, privateKey), await signVoucherCode(input, privateKey)];
    const [da, db] = [decodeVoucherCode(a), decodeVoucherCode(b)];
    if (!da.ok || !db.ok) throw new Error("decode failed");
    expect(da.value.nonce).not.toEqual(db.value.nonce);
  });

  test("property: any fields survive, and the signature verifies", async () => {
    const { privateKey, publicKey } = await deviceKey();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          voucherId: fc.uuid(),
          deviceId: fc.uuid(),
          grantId: fc.option(fc.uuid(), { nil: undefined }),
          issuedAt: fc.integer({ min: 0, max: 0xffff_ffff }),
          nonce: fc.uint8Array({ minLength: 8, maxLength: 8 }),
        }),
        async (input) => {
          const decoded = decodeVoucherCode(await signVoucherCode(input, privateKey));
          if (!decoded.ok) throw new Error(decoded.error.code);
          expect(decoded.value).toMatchObject({
            voucherId: input.voucherId.toLowerCase(),
            deviceId: input.deviceId.toLowerCase(),
            grantId: input.grantId?.toLowerCase() ?? null,
            issuedAt: input.issuedAt,
            nonce: input.nonce,
          });
          expect(await verifyCodeSignature(decoded.value, publicKey)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("signVoucherCode refuses input the calling code should never pass", () => {
  test.each([
    ["issuedAt in milliseconds", { issuedAt: unixSeconds(new Date()) * 1000 }],
    ["a fractional issuedAt", { issuedAt: ISSUED_AT + 0.5 }],
    ["a negative issuedAt", { issuedAt: -1 }],
    ["a voucher id that is not a UUID", { voucherId: "110101199001011234" }],
    ["a device id that is not a UUID", { deviceId: "phone-1" }],
    ["a grant id that is not a UUID", { grantId: "grant-1" }],
    ["a nonce of the wrong size", { nonce: new Uint8Array(7) }],
  ])("%s", async (_label, override) => {
    const { privateKey } = await deviceKey();
    const input = { voucherId: VOUCHER_ID, deviceId: DEVICE_ID, issuedAt: ISSUED_AT, ...override };
    await expect(signVoucherCode(input, privateKey)).rejects.toThrow(RangeError);
  });

  test("unixSeconds floors to whole seconds", () => {
    expect(unixSeconds(new Date(1_750_000_000_999))).toBe(1_750_000_000);
    expect(() => unixSeconds(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("decodeVoucherCode refuses malformed text", async () => {
  const { privateKey } = await deviceKey();
  const valid = await signVoucherCode(
    { voucherId: VOUCHER_ID, deviceId: DEVICE_ID, issuedAt: ISSUED_AT, nonce: NONCE },
    privateKey,
  );
  const granted = await signVoucherCode(
    { voucherId: VOUCHER_ID, deviceId: DEVICE_ID, grantId: GRANT_ID, issuedAt: ISSUED_AT, nonce: NONCE },
    privateKey,
  );
  const withByte = (index: number, value: number) => {
    const bytes = codeBytes(valid);
    bytes[index] = value;
    return codeText(bytes);
  };

  test.each([
    ["empty", ""],
    ["the prefix alone", CODE_PREFIX],
    ["another prefix", "YB2:" + valid.slice(4)],
    ["a lowercase prefix", "yb1:" + valid.slice(4)],
    ["no prefix", valid.slice(4)],
    ["a leading space", " " + valid],
    ["a trailing newline", valid + "\n"],
    ["a lowercase letter in the body", valid.slice(0, 10) + "a" + valid.slice(11)],
    ["a character outside base45", valid.slice(0, 10) + "#" + valid.slice(11)],
    ["a body length that leaves one character over", valid + "0"],
    ["a base45 group above 65535", valid.slice(0, 4) + ":::" + valid.slice(7)],
    ["truncated by one character", valid.slice(0, -1)],
    ["truncated by one byte (three characters)", codeText(codeBytes(valid).slice(0, -1))],
    ["one byte too many", codeText(new Uint8Array([...codeBytes(valid), 0]))],
    ["oversize", valid + "0".repeat(100)],
    ["very large", "YB1:" + "0".repeat(1_000_000)],
    ["unknown version 0", withByte(0, 0)],
    ["unknown version 2", withByte(0, 2)],
    ["an unknown flag bit", withByte(1, 0b10)],
    ["the grant flag without a grant id", withByte(1, 1)],
    ["a grant id without the grant flag", codeText(new Uint8Array([1, 0, ...codeBytes(granted).slice(2)]))],
  ])("%s -> malformed", (_label, text) => {
    const result = decodeVoucherCode(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("malformed");
      expect(result.error.message["zh-CN"]).toMatch(/医保码/);
      expect(result.error.message.en.length).toBeGreaterThan(0);
    }
  });

  test("property: arbitrary text never throws and is refused unless it is a whole code", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => CODE_PREFIX + s)), (text) => {
        const result = decodeVoucherCode(text);
        expect(result.ok).toBe(false);
      }),
    );
  });
});
