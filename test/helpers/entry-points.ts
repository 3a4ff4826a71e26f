/**
 * Drivers of the app's real entry points for the authorisation tests: a page rendered through its
 * wrapper, a server action called as a form posts it, a route handler called with a Request. Only
 * the framework's input is supplied (the session and acting-for cookies as Next.js hands them
 * over; `vi.mock("next/headers", …)` in the test file); each driver says whether the caller was
 * allowed or refused, and an allowed page must show the target's own record.
 */
import { isValidElement, type ReactNode } from "react";
import { expect } from "vitest";
import { SubjectRefused } from "@/components/subject-refused";
import { ACTING_FOR_COOKIE, SESSION_COOKIE } from "@/lib/context/cookies";
import { isNotFound, redirectedTo, request } from "./next-request";

export type Outcome = "allow" | "refuse";
/** Who calls: their session cookie (none when signed out), and whom they act for (the acting-for choice, or ?personId=). */
export interface Caller {
  session: string | undefined;
  target: string;
  actingFor: string | undefined;
}
export type Run = (caller: Caller) => Promise<Outcome>;

const refusalCodes = new Set(["forbidden", "signed_out", "unauthenticated", "no_person"]);

export function startRequest(caller: Caller): void {
  request.set({ [SESSION_COOKIE]: caller.session, [ACTING_FOR_COOKIE]: caller.actingFor });
}

type PageComponent = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<ReactNode>;

/** A page: its rendering shows the data (allowed), or the refusal, or it sends the caller to sign in. */
export function page(render: PageComponent, params: (target: string) => Record<string, string> = () => ({}), shows: (target: string) => string = (target) => target): Run {
  return async (caller) => {
    startRequest(caller);
    try {
      const shown = await render({ params: Promise.resolve(params(caller.target)), searchParams: Promise.resolve({}) });
      if (isValidElement(shown) && shown.type === SubjectRefused) return "refuse";
      // What the page shows is the target's: their record is in the data it hands its components.
      expect(dataOf(shown)).toContain(shows(caller.target));
      return "allow";
    } catch (error) {
      if (redirectedTo(error) === "/sign-in" || isNotFound(error)) return "refuse";
      throw error;
    }
  };
}

/** The data a rendered page hands its components, as text (element types and React's internals left out). */
export function dataOf(element: ReactNode): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(element, (key, value: unknown) => {
    if (key === "type" || key.startsWith("_") || typeof value === "function" || typeof value === "symbol") return undefined;
    if (value !== null && typeof value === "object") {
      if (seen.has(value)) return undefined;
      seen.add(value);
    }
    return value;
  });
}

/** A server action: its result, a refusal code, or a redirect to sign in. */
export function action(run: (target: string) => Promise<{ ok: boolean; code?: string }>): Run {
  return async (caller) => {
    startRequest(caller);
    try {
      const result = await run(caller.target);
      return result.ok || !refusalCodes.has(result.code ?? "") ? "allow" : "refuse";
    } catch (error) {
      const to = redirectedTo(error);
      if (to === null) throw error;
      return to === "/sign-in" ? "refuse" : "allow";
    }
  };
}

/** A route handler over HTTP: 2xx is allowed, 401/403/404 is refused (a stranger's id reads as not found). */
export function http(
  handler: (request: Request, segment: { params: Promise<never> }) => Promise<Response>,
  path: (target: string) => string,
  params: (target: string) => Record<string, string> = () => ({}),
  method: "GET" | "POST" = "GET",
): Run {
  return async (caller) => {
    const cookie = caller.session ? `${SESSION_COOKIE}=${caller.session}` : "";
    const response = await handler(new Request(`http://local${path(caller.target)}?personId=${caller.target}`, { method, headers: { cookie } }), { params: Promise.resolve(params(caller.target)) as Promise<never> });
    if (response.ok) return "allow";
    expect([401, 403, 404]).toContain(response.status);
    return "refuse";
  };
}

export function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}
