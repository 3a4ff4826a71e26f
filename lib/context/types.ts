import type { AuthenticatedTerminal } from "@/lib/auth";
import type { Db } from "@/lib/db";
import type { PersonAccessScope } from "@/lib/family";
import type { Locale, Messages } from "@/lib/i18n";

/** A person's signed-in account (on a phone, or a kiosk session). */
export interface PersonActor {
  kind: "person";
  userId: string;
  /** The account's own insured person; null for an account without one. */
  personId: string | null;
  sessionId: string;
  phone: string;
  /** A session at a service-hall kiosk: only the kiosk's screens (under its idle sign-out) show it; no grants, no paying from the account, no keys that outlive it. */
  kiosk: boolean;
}

/** A counter terminal that proved it holds its key. */
export interface TerminalActor {
  kind: "terminal";
  terminal: AuthenticatedTerminal;
}

export interface AnonymousActor {
  kind: "anonymous";
}

/** Who is asking. */
export type Actor = PersonActor | TerminalActor | AnonymousActor;

/**
 * Whose data this request is about: the actor's own person, a dependant child (guardian), or a
 * relative under a grant. Authorised for the entry point's scope (and logged when not self)
 * before the entry point runs; `scopes` is everything the actor may do for this person, so a
 * screen offers only what is covered.
 */
export interface Subject {
  personId: string;
  via: "self" | "guardian" | "grant";
  grantId: string | null;
  scopes: PersonAccessScope[];
  maskedName: string;
}

/** What an entry point declares it needs of the subject: a scope, the account itself, or nothing. */
export type SubjectNeed = PersonAccessScope | "account" | "public";

/** The request's facts beyond who and whom, for the few actions that need them. */
export interface ClientFacts {
  /** The client's address: the socket's peer, or the client a trusted proxy names ("unknown" when the server did not say). */
  address: string;
  /** The request came from this machine, not through a proxy (demo enrolment needs no secret then). */
  fromLoopback: boolean;
  userAgent: string | null;
  /** The request came over HTTPS (directly or through a proxy): cookies are Secure. */
  secure: boolean;
  /** The site's origin and host name as the browser sees them (passkeys are bound to them). */
  origin: string;
  hostname: string;
  /** A kiosk's terminal key (its httpOnly cookie): it identifies the machine, never a person. */
  kioskKey: string | null;
  /** The browser's sign-in device cookie (lib/auth device.ts), if it has one. */
  device: string | null;
}

/** One request's context, made once by the wrapper of its entry point. */
export interface RequestContext<A extends Actor = Actor, S extends Subject | null = Subject | null> {
  db: Db;
  /** The request's one clock reading. */
  now: Date;
  locale: Locale;
  m: Messages;
  actor: A;
  subject: S;
  client: ClientFacts;
}
