import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import { DomainError, toFailure } from "@/lib/errors";
import type { AccessLogAction, PersonAccessScope } from "@/lib/family";
import { errorText } from "@/lib/i18n";
import { cookieTerminal, personActor } from "./actor";
import { argumentsAccepted, FORM_ARGUMENTS, FORM_ONLY_ARGUMENTS, type ActionArguments } from "./arguments";
import { baseContext, messagesAbout, type BaseContext } from "./base";
import { frameworkInput } from "./request-input";
import type { ActionResult, FormValues } from "./result";
import { actingForChoice, authoriseSubject } from "./subject";
import type { AnonymousActor, PersonActor, RequestContext, Subject, TerminalActor } from "./types";

export type ActionContext<A, S> = RequestContext<A & (PersonActor | TerminalActor | AnonymousActor), S & (Subject | null)> & BaseContext;

/** Field problems found while reading an action's input, already in words for the form. */
export class InvalidInput extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("invalid input");
  }
}

interface Common {
  /** A short fixed name for the log of an unexpected failure, e.g. "clinic.change". */
  where: string;
  /** Echo the posted form's values in the result (forms that must show them again). */
  echo?: boolean;
  /** The arguments' shape (lib/context arguments.ts); by default a useActionState form's: a previous result and a form. */
  args?: ActionArguments;
  /**
   * Refused to a kiosk session (kiosk_not_allowed): what outlives the session or reaches beyond
   * the person at the screen — giving or accepting grants, code-signing keys, passkeys.
   */
  notAtKiosk?: true;
}
interface SubjectAction extends Common {
  /** For the person the account acts for (or itself), authorised for `scope` before the action runs. */
  who: "person";
  scope: PersonAccessScope;
  log: AccessLogAction;
  /** Signed out: go to sign-in (forms), or answer "signed_out" (forms that say so in place). */
  signedOut?: "redirect" | "fail";
}
interface AccountAction extends Common {
  who: "account";
  signedOut?: "redirect" | "fail";
}
interface TerminalAction extends Common {
  who: "terminal";
}
interface AnyoneAction extends Common {
  who: "anyone";
}

type Handler<A, S, Args extends unknown[], T> = (ctx: ActionContext<A, S>, ...args: Args) => Promise<T>;

/**
 * The one wrapper of a server action: makes the request context, authorises the subject once
 * (the acting-for choice, for the action's scope; a form that names its subject must name the
 * same one), runs the action, and answers with one ActionResult: a DomainError's code with its
 * words, field problems, or "internal_error" with a reference (the error itself only in the log).
 */
export function action<Args extends unknown[], T>(options: SubjectAction, handler: Handler<PersonActor, Subject, Args, T>): (...args: Args) => Promise<ActionResult<T>>;
export function action<Args extends unknown[], T>(options: AccountAction, handler: Handler<PersonActor, null, Args, T>): (...args: Args) => Promise<ActionResult<T>>;
export function action<Args extends unknown[], T>(options: TerminalAction, handler: Handler<TerminalActor, null, Args, T>): (...args: Args) => Promise<ActionResult<T>>;
export function action<Args extends unknown[], T>(options: AnyoneAction, handler: Handler<PersonActor | AnonymousActor, null, Args, T>): (...args: Args) => Promise<ActionResult<T>>;
export function action<Args extends unknown[], T>(
  options: SubjectAction | AccountAction | TerminalAction | AnyoneAction,
  handler: Handler<never, never, Args, T>,
): (...args: Args) => Promise<ActionResult<T>> {
  return async (...args: Args) => {
    const input = await frameworkInput();
    const base = await baseContext(input);
    const form = args.find((arg): arg is FormData => arg instanceof FormData);
    const values = options.echo && form ? formValues(form) : undefined;
    const fail = (code: ActionResult<T> & { ok: false }): ActionResult<T> => (values ? { ...code, values } : code);
    try {
      if (!argumentsAccepted(args, options.args ?? FORM_ARGUMENTS)) throw new DomainError("invalid_request", { fields: "arguments" });
      let actor: PersonActor | TerminalActor | AnonymousActor = { kind: "anonymous" };
      let subject: Subject | null = null;
      if (options.who === "terminal") {
        const terminal = await cookieTerminal(base.db, input);
        if (!terminal) throw new DomainError("terminal_signed_out");
        actor = terminal;
      } else {
        const person = await personActor(base.db, input, base.now);
        if (person) actor = person;
        else if (options.who !== "anyone") {
          if ((options.signedOut ?? "redirect") === "redirect") redirect("/sign-in");
          throw new DomainError("signed_out");
        }
        if (options.notAtKiosk && person?.kiosk) throw new DomainError("kiosk_not_allowed");
        if (options.who === "person" && person) {
          subject = await authoriseSubject(base.db, person, actingForChoice(input, person), options.scope, { log: options.log, now: base.now });
          const named = form?.get("subject");
          if (typeof named === "string" && named !== "" && named !== subject.personId) throw new DomainError("subject_changed");
        }
      }
      const data = await (handler as Handler<unknown, unknown, Args, T>)({ ...base, m: messagesAbout(base.locale, subject), actor, subject } as ActionContext<unknown, unknown>, ...args);
      return values ? { ok: true, data, values } : { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof InvalidInput) return fail({ ok: false, code: "invalid_request", fieldErrors: error.fieldErrors, formError: null });
      const failure = toFailure(error, options.where);
      return fail({ ok: false, code: failure.code, fieldErrors: {}, formError: errorText(failure, base.locale) });
    }
  };
}

/** The posted form as flat text values (files and Next's own fields are left out). */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}


/**
 * A plain form post with nothing to show back (delete, end, sign out): the same wrapper, for
 * `<form action={…}>`, which takes no result. Failures are logged by `action`; the page shows
 * the state after the post.
 */
export function formAction<T>(options: AccountAction | AnyoneAction, handler: Handler<PersonActor, null, [FormData], T>): (formData: FormData) => Promise<void> {
  const run = action({ ...(options as AccountAction), args: FORM_ONLY_ARGUMENTS }, handler);
  return async (formData: FormData) => {
    await run(formData);
  };
}
