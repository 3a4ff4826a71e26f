/**
 * The framework's input for driving real pages and server actions in a test: what Next.js
 * would hand them as the request's cookies and headers (`next/headers`), and a no-op cache
 * invalidation (`next/cache`), which needs Next's own request scope. Every integration file
 * has them in place of the framework's (test/integration/setup.ts).
 *
 * Everything below the framework — the request context, the gate, the data — is the real code.
 */
const jar = new Map<string, string>();
let requestHeaders = new Headers();

/** The request the next page or action call sees. */
export const request = {
  /** Starts a new request: these cookies, these headers. */
  set(cookies: Record<string, string | undefined>, headers: Record<string, string> = {}): void {
    jar.clear();
    for (const [name, value] of Object.entries(cookies)) if (value !== undefined) jar.set(name, value);
    requestHeaders = new Headers(headers);
  },
  /** A cookie as the last action left it (set or deleted). */
  cookie(name: string): string | undefined {
    return jar.get(name);
  },
};

const cookieStore = {
  get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
  getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  has: (name: string) => jar.has(name),
  set: (name: string | { name: string; value: string }, value?: string) => {
    if (typeof name === "string") jar.set(name, value ?? "");
    else jar.set(name.name, name.value);
  },
  delete: (name: string | { name: string }) => {
    jar.delete(typeof name === "string" ? name : name.name);
  },
};

export const nextHeaders = {
  cookies: async () => cookieStore,
  headers: async () => requestHeaders,
  draftMode: async () => ({ isEnabled: false }),
};

export const nextCache = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
};

/** Where a page or action redirected, from the error Next.js throws for it; null for any other error. */
export function redirectedTo(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) return null;
  return digest.split(";")[2] ?? null;
}

/** Whether a page called notFound(). */
export function isNotFound(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404");
}

/** The Cookie header of a signed-in browser: a real session for the account, made now. */
export async function sessionCookie(db: import("@/lib/db").Db, userId: string): Promise<string> {
  const { createSession } = await import("@/lib/auth");
  return `yb_session=${(await createSession(db, userId, new Date())).token}`;
}

/** Calls a route handler as Next.js would, with the segment's params. */
export function callRoute(
  handler: (request: Request, segment: { params: Promise<never> }) => Promise<Response>,
  url: string,
  init: RequestInit & { params?: Record<string, string> } = {},
): Promise<Response> {
  const { params, ...rest } = init;
  return handler(new Request(new URL(url, "http://local"), rest), { params: Promise.resolve(params ?? {}) as Promise<never> });
}
