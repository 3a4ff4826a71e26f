import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { base45Decode, base45Encode } from "@/lib/voucher";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
const text = (s: string) => new TextEncoder().encode(s);

describe("base45 (RFC 9285)", () => {
  test.each([
    ["AB", "BB8"],
    ["Hello!!", "%69 VD92EX0"],
    ["base-45", "UJCLQE7W581"],
    ["ietf!", "QED8WEX0"],
  ])("encodes %j as %j and back", (plain, encoded) => {
    expect(base45Encode(text(plain))).toBe(encoded);
    expect(base45Decode(encoded)).toEqual(text(plain));
  });

  test("decodes the RFC's QED8WEX0 to ietf!", () => {
    const bytes = base45Decode("QED8WEX0");
    expect(bytes).not.toBeNull();
    expect(new TextDecoder().decode(bytes ?? new Uint8Array())).toBe("ietf!");
  });

  test("the empty string is the empty byte string", () => {
    expect(base45Encode(new Uint8Array())).toBe("");
    expect(base45Decode("")).toEqual(new Uint8Array());
  });

  test.each([
    ["a character outside the alphabet (lowercase)", "bb8"],
    ["a character outside the alphabet (#)", "BB#"],
    ["a non-ASCII character", "BB\u00e9"],
    ["a length that leaves one character over", "BB8A"],
    ["a single character", "B"],
    ["a 3-character group above 65535", ":::"],
    ["the first value above 65535 (GGW = 65536)", "GGW"],
    ["a 2-character tail above 255", "::"],
  ])("refuses %s", (_label, input) => {
    expect(base45Decode(input)).toBeNull();
  });

  test("accepts the largest values: FGW = 65535, U5 = 255", () => {
    expect(base45Decode("FGW")).toEqual(new Uint8Array([0xff, 0xff]));
    expect(base45Decode("U5")).toEqual(new Uint8Array([0xff]));
  });

  test("property: decode(encode(bytes)) = bytes, with only alphabet characters and the expected length", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = base45Encode(bytes);
        expect(encoded.length).toBe(Math.floor(bytes.length / 2) * 3 + (bytes.length % 2) * 2);
        for (const ch of encoded) expect(ALPHABET).toContain(ch);
        expect(base45Decode(encoded)).toEqual(bytes);
      }),
    );
  });

  test("property: any text that decodes re-encodes to itself (one text per byte string)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 60 }), (input) => {
        const bytes = base45Decode(input);
        if (bytes !== null) expect(base45Encode(bytes)).toBe(input);
      }),
    );
  });
});
