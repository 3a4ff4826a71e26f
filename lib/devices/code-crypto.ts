import "server-only";
import { createHash, KeyObject, verify } from "node:crypto";
import { SIGNATURE_BYTES, type CodeCrypto } from "@/lib/voucher";

const keyObjects = new WeakMap<CryptoKey, KeyObject>();

function keyObjectOf(publicKey: CryptoKey): KeyObject {
  let key = keyObjects.get(publicKey);
  if (!key) keyObjects.set(publicKey, (key = KeyObject.from(publicKey)));
  return key;
}

/**
 * The verification's signature check and fingerprint with Node's synchronous crypto, for the
 * counter: WebCrypto hands each one to a worker thread and back, and that hand-over cost the
 * server's one JavaScript thread more than the cryptography itself (about a tenth of a verify
 * request). Same answers as lib/voucher's WebCrypto versions (tested side by side): ECDSA P-256
 * with SHA-256 over the signed bytes; SHA-256 of the signed bytes in lowercase hex.
 */
export const nodeCodeCrypto: CodeCrypto = {
  verifySignature(code, publicKey) {
    // A P-256 signature as WebCrypto makes it: r and s, 32 bytes each (IEEE P1363), not DER.
    if (code.signature.length !== SIGNATURE_BYTES) return false;
    try {
      return verify("sha256", code.signedBytes, { key: keyObjectOf(publicKey), dsaEncoding: "ieee-p1363" }, code.signature);
    } catch {
      // A key of the wrong kind is a failed verification, not a crash at the counter.
      return false;
    }
  },
  fingerprint(code) {
    return createHash("sha256").update(code.signedBytes).digest("hex");
  },
};
