import { PasskeyRegisterButton } from "@/components/passkey-register-button";
import { formatRich } from "@/components/rich-text";
import { listPasskeys, listSessions } from "@/lib/auth";
import { page, pageMetadata } from "@/lib/context";
import { format, formatInstant } from "@/lib/i18n";
import { describeUserAgent } from "@/lib/privacy";
import {
  deletePasskeyAction, endSessionAction, finishPasskeyRegistrationAction, signOutEverywhereAction, startPasskeyRegistrationAction,
} from "./actions";

export const generateMetadata = pageMetadata((m) => ({ title: m.security.title }));

const card = "rounded-2xl border border-slate-200 bg-white p-5";
const smallButton = "min-h-11 rounded-lg border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100";

/** The account's passkeys and signed-in sessions, and signing out everywhere. */
export default page({ who: "account" }, async ({ db, now, locale, m, actor }) => {
  const s = m.security;
  const [keys, sessions] = await Promise.all([listPasskeys(db, actor.userId), listSessions(db, actor.userId, actor.sessionId, now)]);
  const date = (iso: string) => formatInstant(iso, locale);

  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-6">
      <h1 className="text-2xl font-bold">{s.title}</h1>

      <section aria-labelledby="passkeys-title" className={card}>
        <h2 id="passkeys-title" className="text-xl font-semibold">{s.passkeysTitle}</h2>
        <p className="mt-1 text-muted">{s.passkeysIntro}</p>
        {keys.length === 0 ? <p className="mt-3">{s.noPasskeys}</p> : (
          <ul className="mt-3 divide-y divide-slate-200" data-testid="passkey-list">
            {keys.map((k) => (
              <li key={k.id} className="flex items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">{k.label}</p>
                  <p className="text-sm text-muted">{k.lastUsedAt ? format(s.lastUsed, { date: date(k.lastUsedAt) }) : s.neverUsed}</p>
                </div>
                <form action={deletePasskeyAction}>
                  <input type="hidden" name="id" value={k.id} />
                  <button type="submit" className={smallButton} aria-label={format(s.removeNamed, { name: k.label })}>{s.remove}</button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-4">
          <PasskeyRegisterButton m={s} locale={locale} start={startPasskeyRegistrationAction} finish={finishPasskeyRegistrationAction} />
        </div>
      </section>

      <section aria-labelledby="sessions-title" className={card}>
        <h2 id="sessions-title" className="text-xl font-semibold">{s.sessionsTitle}</h2>
        <p className="mt-1 text-muted">{s.sessionsIntro}</p>
        <ul className="mt-3 divide-y divide-slate-200" data-testid="session-list">
          {sessions.map((session) => {
            const name = describeUserAgent(session.userAgent) ?? s.unknownBrowser;
            return (
              <li key={session.id} className="flex items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">
                    <span translate="no">{name}</span>
                    {session.current ? <span className="ml-2 rounded bg-brand-100 px-2 py-0.5 text-sm text-brand-800">{s.thisDevice}</span> : null}
                  </p>
                  <p className="text-sm text-muted">{format(s.signedInAt, { date: date(session.createdAt) })}</p>
                </div>
                <form action={endSessionAction}>
                  <input type="hidden" name="id" value={session.id} />
                  <button type="submit" className={smallButton}>
                    <span aria-hidden="true">{s.endSession}</span>
                    <span className="sr-only">{formatRich(s.endSessionNamed, { name: <span translate="no">{name}</span> })}</span>
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
        <form action={signOutEverywhereAction} className="mt-4">
          <button type="submit" aria-describedby="everywhere-hint" className="min-h-12 rounded-lg border-2 border-red-700 px-5 font-semibold text-red-800 hover:bg-red-50">
            {s.signOutEverywhere}
          </button>
          <p id="everywhere-hint" className="mt-1 text-sm text-muted">{s.signOutEverywhereHint}</p>
        </form>
      </section>
    </main>
  );
});
