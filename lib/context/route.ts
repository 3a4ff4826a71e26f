import "server-only";
import { DomainError } from "@/lib/errors";
import type { AccessLogAction, PersonAccessScope } from "@/lib/family";
import { errorResponse, jsonResponse } from "@/lib/http";
import { screenUrl } from "@/lib/request-guard";
import { isId } from "@/lib/voucher";
import { bearerTerminal, personActor } from "./actor";
import { baseContext, type BaseContext } from "./base";
import { requestInput } from "./request-input";
import { authoriseSubject } from "./subject";
import type { AnonymousActor, PersonActor, RequestContext, Subject, TerminalActor } from "./types";

export type RouteContext<A, S> = RequestContext<A & (PersonActor | TerminalActor | AnonymousActor), S & (Subject | null)> & BaseContext;

interface Common {
  /** A short fixed name for the log of an unexpected failure, e.g. "api.me.entitlements". */
  where: string;
}
interface SubjectRoute extends Common {
  /** A person's data: the signed-in account, for `?personId=` (or its own person), authorised for `scope`. */
  who: "person";
  scope: PersonAccessScope;
  log: AccessLogAction;
}
interface AccountRoute extends Common {
  /** The signed-in account's own things; nothing to select. */
  who: "account";
}
interface TerminalRoute extends Common {
  /** A counter terminal with `Authorization: Bearer <key>`. */
  who: "terminal";
}
interface AnyoneRoute extends Common {
  /** Public, or a person when signed in. */
  who: "anyone";
}

type Handler<A, S, P> = (ctx: RouteContext<A, S>, request: Request, params: P) => Promise<Response | object>;
type RouteHandler<P> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

// Personal data: never in a shared cache or the browser's HTTP cache.
const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * The one wrapper of a route handler: makes the request context from the Request (its cookies or
 * its terminal key), authorises the subject once, runs the handler, and answers with JSON — a
 * DomainError as the one error body with its status (lib/http), anything else as a logged 500.
 */
export function route<P = Record<string, never>>(options: SubjectRoute, handler: Handler<PersonActor, Subject, P>): RouteHandler<P>;
export function route<P = Record<string, never>>(options: AccountRoute, handler: Handler<PersonActor, null, P>): RouteHandler<P>;
export function route<P = Record<string, never>>(options: TerminalRoute, handler: Handler<TerminalActor, null, P>): RouteHandler<P>;
export function route<P = Record<string, never>>(options: AnyoneRoute, handler: Handler<PersonActor | AnonymousActor, null, P>): RouteHandler<P>;
export function route<P>(options: SubjectRoute | AccountRoute | TerminalRoute | AnyoneRoute, handler: Handler<never, never, P>): RouteHandler<P> {
  return async (request, segment) => {
    const input = requestInput(request);
    const base = await baseContext(input);
    const headers: Record<string, string> = options.who === "person" || options.who === "account" ? PRIVATE : {};
    try {
      // proxy.ts refuses these before routing; checked here too, for every way a handler is called.
      if (screenUrl(new URL(request.url))) throw new DomainError("invalid_query");
      const params = (await segment?.params) ?? ({} as P);
      let actor: PersonActor | TerminalActor | AnonymousActor = { kind: "anonymous" };
      let subject: Subject | null = null;
      if (options.who === "terminal") actor = await bearerTerminal(base.db, input, { address: base.client.address, now: base.now });
      else {
        const person = await personActor(base.db, input, base.now);
        if (person) actor = person;
        else if (options.who !== "anyone") throw new DomainError("unauthenticated");
        if (options.who === "person" && person) {
          const requested = new URL(request.url).searchParams.get("personId");
          if (requested !== null && !isId(requested)) throw new DomainError("invalid_query");
          subject = await authoriseSubject(base.db, person, requested, options.scope, { log: options.log, now: base.now });
        }
      }
      const result = await (handler as Handler<unknown, unknown, P>)({ ...base, actor, subject } as RouteContext<unknown, unknown>, request, params);
      if (result instanceof Response) {
        for (const [name, value] of Object.entries(headers)) result.headers.set(name, value);
        return result;
      }
      return jsonResponse(result as object, 200, headers);
    } catch (error) {
      return errorResponse(error, options.where, headers);
    }
  };
}
