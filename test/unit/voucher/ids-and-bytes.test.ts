import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fromBase64Url, fromHex, toBase64Url, toHex } from "@/lib/voucher/bytes";
import { bytesToId, idToBytes, isId, newId } from "@/lib/voucher";

describe("ids", () => {
  test("UUID text <-> 16 bytes, reported in lowercase", () => {
    const bytes = idToBytes("0123ABCD-4567-89ab-CDEF-0123456789ab");
    expect(bytes).toEqual(fromHex("0123abcd456789abcdef0123456789ab"));
    expect(bytesToId(bytes ?? new Uint8Array())).toBe("0123abcd-4567-89ab-cdef-0123456789ab");
  });

  test.each(["", "0123abcd456789abcdef0123456789ab", "0123abcd-4567-89ab-cdef-0123456789a", "g123abcd-4567-89ab-cdef-0123456789ab", " 0123abcd-4567-89ab-cdef-0123456789ab"])(
    "refuses %j as an id",
    (text) => {
      expect(isId(text)).toBe(false);
      expect(idToBytes(text)).toBeNull();
    },
  );

  test("bytesToId refuses anything but 16 bytes", () => {
    expect(() => bytesToId(new Uint8Array(15))).toThrow(RangeError);
  });

  test("newId makes distinct version-4 UUIDs", () => {
    const ids = new Set(Array.from({ length: 200 }, () => newId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test("property: any UUID survives text -> bytes -> text", () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        expect(bytesToId(idToBytes(id) ?? new Uint8Array())).toBe(id.toLowerCase());
      }),
    );
  });
});

describe("hex and base64url", () => {
  test("property: agree with Node's encoders and round-trip", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const b64 = toBase64Url(bytes);
        expect(b64).toBe(Buffer.from(bytes).toString("base64url"));
        expect(fromBase64Url(b64)).toEqual(bytes);
        expect(toHex(bytes)).toBe(Buffer.from(bytes).toString("hex"));
        expect(fromHex(toHex(bytes))).toEqual(bytes);
      }),
    );
  });

  test.each([
    ["padding", "AQ=="],
    ["standard-alphabet characters", "a+b/"],
    ["an impossible length", "AAAAA"],
    ["non-zero leftover bits (AR is not a canonical single byte)", "AR"],
  ])("base64url refuses %s", (_label, text) => {
    expect(fromBase64Url(text)).toBeNull();
  });

  test("hex refuses odd length and non-hex characters", () => {
    expect(fromHex("abc")).toBeNull();
    expect(fromHex("zz")).toBeNull();
  });
});
