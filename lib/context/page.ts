import "server-only";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { DomainError, isDomainError } from "@/lib/errors";
import type { AccessLogAction, PersonAccessScope } from "@/lib/family";
import { getMessages, toLocale, LOCALE_COOKIE, type Messages } from "@/lib/i18n";
import { cookieTerminal, personActor } from "./actor";
import { baseContext, messagesAbout, type BaseContext } from "./base";
import { ACTING_FOR_COOKIE } from "./cookies";
import { frameworkInput } from "./request-input";
import { actingForChoice, authoriseSubject, chosenPerson } from "./subject";
import type { AnonymousActor, PersonActor, RequestContext, Subject, TerminalActor } from "./types";

export type SearchParams = Record<string, string | string[] | undefined>;
export interface PageProps {
  params: Promise<Record<string, string>>;
  searchParams: Promise<SearchParams>;
}

export type PageContext<A, S> = RequestContext<A & (PersonActor | TerminalActor | AnonymousActor), S & (Subject | null)> &
  BaseContext & { params: Record<string, string>; search: SearchParams };

/** Why a page could not show its subject: not allowed, or an account without an insured person. */
export type PageRefusal = "forbidden" | "no_person";

interface SubjectPage {
  /** A person's data screen: a signed-in account (others go to sign-in), acting for whom it chose. */
  who: "person";
  /** What the screen does with the subject's data. */
  scope: PersonAccessScope;
  /** The access log's key when the subject is not the account's own person. */
  log: AccessLogAction;
  /** The page's path, for `?for=` to come back to after the choice is remembered. */
  path: string | ((params: Record<string, string>) => string);
  /** What the page shows instead when the subject is refused. */
  refused: (ctx: PageContext<PersonActor, null>, why: PageRefusal) => ReactNode;
  /**
   * For a page about one record (a shared link), whose record it is: the subject is then that
   * person, authorised like any other; null when there is no such record.
   */
  subjectOf?: (db: BaseContext["db"], params: Record<string, string>) => Promise<string | null>;
}
interface AccountPage {
  /** The account's own things (grants, devices, passkeys): a signed-in account, no subject. */
  who: "account";
}
interface KioskPage {
  /** A kiosk: its short session's own person when signed in (never acting for anyone). */
  who: "kiosk";
  scope: PersonAccessScope;
}
interface TerminalPage {
  /** The counter: the terminal signed in on this browser, if any. */
  who: "terminal";
}
interface AnyonePage {
  /** Signed in or not (the sign-in page itself). */
  who: "anyone";
}

type Render<A, S> = (ctx: PageContext<A, S>) => Promise<ReactNode> | ReactNode;

/**
 * The one wrapper of a page: makes the request context (database, clock, language, who asks,
 * whose data), authorises the subject once for the page's scope — logging any access that is
 * not the person's own — and renders. Pages never read the database handle, the clock, cookies
 * or the signed-in person on their own.
 */
export function page(options: SubjectPage, render: Render<PersonActor, Subject>): (props: PageProps) => Promise<ReactNode>;
export function page(options: AccountPage, render: Render<PersonActor, null>): (props: PageProps) => Promise<ReactNode>;
export function page(options: KioskPage, render: Render<PersonActor | AnonymousActor, Subject | null>): (props: PageProps) => Promise<ReactNode>;
export function page(options: TerminalPage, render: Render<TerminalActor | AnonymousActor, null>): (props: PageProps) => Promise<ReactNode>;
export function page(options: AnyonePage, render: Render<PersonActor | AnonymousActor, null>): (props: PageProps) => Promise<ReactNode>;
export function page(
  options: SubjectPage | AccountPage | KioskPage | TerminalPage | AnyonePage,
  render: Render<never, never>,
): (props: PageProps) => Promise<ReactNode> {
  return async function Page(props: PageProps) {
    const input = await frameworkInput();
    const base = await baseContext(input);
    const [params, search] = await Promise.all([props.params ?? Promise.resolve({}), props.searchParams ?? Promise.resolve({})]);
    const anonymous: AnonymousActor = { kind: "anonymous" };
    const show = (actor: PersonActor | TerminalActor | AnonymousActor, subject: Subject | null) =>
      (render as Render<unknown, unknown>)({ ...base, m: messagesAbout(base.locale, subject), actor, subject, params, search } as PageContext<unknown, unknown>);

    if (options.who === "terminal") return show((await cookieTerminal(base.db, input)) ?? anonymous, null);
    const actor = await personActor(base.db, input, base.now);
    if (options.who === "anyone") return show(actor ?? anonymous, null);
    if (options.who === "kiosk") {
      if (!actor?.personId) return show(actor ?? anonymous, null);
      return show(actor, await authoriseSubject(base.db, actor, null, options.scope, { log: undefined, now: base.now }));
    }
    if (!actor) redirect("/sign-in");
    if (options.who === "account") return show(actor, null);

    // A link's ?for= names a different person than the one remembered: remember it first.
    const requested = first(search.for);
    const remembered = input.cookie(ACTING_FOR_COOKIE);
    if (requested !== undefined && chosenPerson(requested, actor) !== chosenPerson(remembered, actor)) {
      const path = typeof options.path === "function" ? options.path(params) : options.path;
      redirect(actingForHref(requested, withSearch(path, search)));
    }
    try {
      const owner = options.subjectOf ? await options.subjectOf(base.db, params) : undefined;
      if (owner === null) throw new DomainError("forbidden");
      const chosen = owner === undefined ? actingForChoice(input, actor) : chosenPerson(owner, actor);
      const subject = await authoriseSubject(base.db, actor, chosen, options.scope, { log: options.log, now: base.now });
      return show(actor, subject);
    } catch (error) {
      if (isDomainError(error) && (error.code === "forbidden" || error.code === "no_person")) {
        return options.refused({ ...base, actor, subject: null, params, search } as PageContext<PersonActor, null>, error.code);
      }
      throw error;
    }
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function withSearch(path: string, search: SearchParams): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(name, one);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The route that remembers an acting-for choice (app/act-for/route.ts) and then opens `next`. */
export function actingForHref(personId: string, next: string): string {
  return `/act-for?${new URLSearchParams({ for: personId, next }).toString()}`;
}

/** generateMetadata of a page: its title from the catalogue, in the request's language. */
export function pageMetadata(make: (m: Messages) => Metadata): () => Promise<Metadata> {
  return async () => {
    const input = await frameworkInput();
    return make(getMessages(toLocale(input.cookie(LOCALE_COOKIE))));
  };
}
