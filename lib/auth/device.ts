import "server-only";
import { randomBytes } from "node:crypto";
import { hmacHex } from "./secret";
import { equalHex, sha256Hex } from "./tokens";

/**
 * The browser asking for a sign-in code, known by a random id in its own httpOnly cookie
 * (`yb_device`). Sign-in limits count per phone and browser, so that a stranger's guesses never
 * use up an owner's tries. After a sign-in the cookie also carries a mark (an HMAC of the id
 * under AUTH_SECRET): a browser that signed in here before is not counted against its address
 * (a service hall behind one address), and nobody can make such a mark without signing in.
 */
export const DEVICE_COOKIE = "yb_device";
export const DEVICE_COOKIE_SECONDS = 400 * 24 * 60 * 60;

export interface SignInDevice {
  /** The cookie's value to keep (a new one when the request had none, or a newly marked one). */
  cookie: string;
  /** What the database and the limits know the browser by: a hash of its id. */
  hash: string;
  /** The browser signed in here before (its mark is genuine). */
  known: boolean;
  /** The cookie must be written (it is new, or it gained its mark). */
  changed: boolean;
}

const ID = /^[A-Za-z0-9_-]{22}$/;
const MARK_LENGTH = 32;

function markOf(id: string): string {
  return hmacHex("signed-in-device", id).slice(0, MARK_LENGTH);
}

/** The browser of this request, from its cookie; a fresh id when it has none (or a forged one). */
export function signInDevice(cookie: string | undefined): SignInDevice {
  const [id, mark] = (cookie ?? "").split(".");
  if (id && ID.test(id)) {
    const known = mark !== undefined && mark.length === MARK_LENGTH && /^[0-9a-f]+$/.test(mark) && equalHex(mark, markOf(id));
    return { cookie: known ? `${id}.${mark}` : id, hash: sha256Hex(id), known, changed: false };
  }
  const fresh = randomBytes(16).toString("base64url");
  return { cookie: fresh, hash: sha256Hex(fresh), known: false, changed: true };
}

/** The same browser, marked as having signed in. */
export function markSignedIn(device: SignInDevice): SignInDevice {
  if (device.known) return device;
  const id = device.cookie.split(".")[0]!;
  return { cookie: `${id}.${markOf(id)}`, hash: device.hash, known: true, changed: true };
}
