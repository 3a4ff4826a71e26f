/**
 * Requests no route can read are refused here with a 4xx, before Next.js decodes them and
 * fails with a 500: a path or query that is not valid percent-encoding or holds a NUL character
 * (which PostgreSQL cannot store), and server-action posts that Next.js or React would fail to
 * decode (a foreign Origin, a body over the limit, JSON that does not parse or nests too deep, a
 * reference to a part the body does not have). The checks are conservative: every body the app's
 * own forms and scripts send passes them.
 */

export type Refusal =
  | { status: 400; code: "invalid_request"; fields: "URL" | "body" }
  | { status: 403; code: "forbidden" }
  | { status: 413; code: "request_too_large" };

/** Next.js's own limit for server-action bodies (serverActions.bodySizeLimit, 1 MB). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** Deeper JSON than any of the app's arguments, far below what would exhaust the stack. */
export const MAX_JSON_DEPTH = 32;

const badUrl: Refusal = { status: 400, code: "invalid_request", fields: "URL" };
const badRequest: Refusal = { status: 400, code: "invalid_request", fields: "body" };

/** The path and query of a URL as sent (still percent-encoded). */
export function screenUrl(url: URL): Refusal | null {
  for (const part of [url.pathname, url.search.slice(1)]) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      return badUrl;
    }
    if (decoded.includes("\u0000")) return badUrl;
  }
  return null;
}

/** How deep a parsed JSON value nests (iteratively: a hostile value must not exhaust the stack). */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, level]);
  }
  return deepest;
}

/** Whether a parsed JSON value holds a string with a NUL character (keys included). */
export function holdsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === "string") {
      if (current.includes("\u0000")) return true;
    } else if (current !== null && typeof current === "object") {
      for (const [key, child] of Object.entries(current)) {
        if (key.includes("\u0000")) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    const value: unknown = JSON.parse(text);
    return jsonDepth(value) > MAX_JSON_DEPTH ? { ok: false } : { ok: true, value };
  } catch {
    return { ok: false };
  }
}

/**
 * React's reply format (how a server action's arguments travel): strings starting with "$" are
 * references. These need no other part of the body; a model reference ("$<id>", "$@<id>", or
 * "$<id>:key:key" into a part) needs its part, and a path that leads where the part's JSON does
 * not go makes React throw. Maps, sets, files, typed arrays, streams and server references are
 * never sent by the app's forms and scripts, and are refused.
 */
const SELF_CONTAINED = /^\$(\$|I|N|u|D|H|-|T$|K[0-9a-f]*$)/;
const BIGINT = /^\$n-?\d{1,300}$/;
const MODEL_REFERENCE = /^\$(@?)([0-9a-f]{1,8})((?::[^:]+)*)$/;

type Parts = Map<number, unknown>;

/** Follows a reference's path through the parts' JSON, as React will; false where React would throw. */
function pathResolves(parts: Parts, id: number, path: string[]): boolean {
  let current: unknown = parts.get(id);
  const visited = new Set<number>([id]);
  for (const key of path) {
    // A plain model reference in the way is followed into its part (a cycle never resolves).
    for (let hop = 0; typeof current === "string" && MODEL_REFERENCE.test(current) && hop < 64; hop++) {
      const [, promise, next, rest] = MODEL_REFERENCE.exec(current)!;
      const nextId = parseInt(next!, 16);
      if (promise || rest || visited.has(nextId) || !parts.has(nextId)) return false;
      visited.add(nextId);
      current = parts.get(nextId);
    }
    if (current === null || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, key)) return false;
    current = (current as Record<string, unknown>)[key];
  }
  return true;
}

function referencesResolve(root: unknown, parts: Parts): boolean {
  const stack: unknown[] = [root, ...parts.values()];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === "string") {
      if (current[0] !== "$" || SELF_CONTAINED.test(current) || BIGINT.test(current)) continue;
      const reference = MODEL_REFERENCE.exec(current);
      if (!reference) return false;
      const id = parseInt(reference[2]!, 16);
      if (!parts.has(id)) return false;
      const path = reference[3] ? reference[3].slice(1).split(":") : [];
      if (path.length > 0 && (reference[1] || !pathResolves(parts, id, path))) return false;
    } else if (current !== null && typeof current === "object") {
      stack.push(...(Array.isArray(current) ? current : Object.values(current)));
    }
  }
  return true;
}

/** A server action's text body (JavaScript calls without files): one JSON list of arguments, no parts. */
export function screenActionText(body: string): Refusal | null {
  const parsed = parseJson(body);
  if (!parsed.ok || !Array.isArray(parsed.value)) return badRequest;
  return referencesResolve(parsed.value, new Map()) ? null : badRequest;
}

/**
 * A server action's multipart body: the parts of each reply (a JavaScript call's, named "0",
 * "1" …; a form post's bound arguments, "$ACTION_<n>:0" …) must be JSON whose references resolve.
 */
export function screenActionForm(form: FormData): Refusal | null {
  const replies = new Map<string, Parts>();
  for (const [name, value] of form.entries()) {
    const part = /^(\$ACTION_\d+:)?(\d+)$/.exec(name);
    if (!part) continue;
    // A file where React expects a model's JSON: the app never sends files.
    if (typeof value !== "string") return badRequest;
    const parsed = parseJson(value);
    if (!parsed.ok) return badRequest;
    const prefix = part[1] ?? "";
    if (!replies.has(prefix)) replies.set(prefix, new Map());
    replies.get(prefix)!.set(Number(part[2]), parsed.value);
  }
  for (const parts of replies.values()) {
    const root = parts.get(0);
    // The arguments' list, or a form's bound arguments ({ id, bound }).
    if (root !== undefined && (root === null || typeof root !== "object")) return badRequest;
    if (!referencesResolve(root ?? null, parts)) return badRequest;
  }
  return null;
}

/** The request's Origin, when it has one, must be this site (Next.js aborts otherwise, with a 500). */
export function screenOrigin(origin: string | null, host: string | null): Refusal | null {
  if (origin === null || origin === "null") return origin === "null" ? { status: 403, code: "forbidden" } : null;
  try {
    return new URL(origin).host === host ? null : { status: 403, code: "forbidden" };
  } catch {
    return { status: 403, code: "forbidden" };
  }
}
