import { LanguageSwitcher } from "@/components/language-switcher";
import { TerminalSignInForm } from "@/components/terminal/terminal-sign-in-form";
import { TerminalWorkspace } from "@/components/terminal/terminal-workspace";
import { page, pageMetadata } from "@/lib/context";
import { env } from "@/lib/env";
import { localize } from "@/lib/i18n";
import { reverseSettlementAction, settleBillAction, signInTerminalAction, signOutTerminalAction, verifyScannedCodeAction } from "./actions";

export const generateMetadata = pageMetadata((m) => ({ title: m.terminal.title }));

/** The counter terminal: sign in with the terminal key, then scan and verify codes, settle, reverse. */
export default page({ who: "terminal" }, ({ locale, m, actor }) => {
  const terminal = actor.kind === "terminal" ? actor.terminal : null;
  const facility = terminal && terminal.facilityName !== null && terminal.facilityNameEn !== null ? localize(locale, terminal.facilityName, terminal.facilityNameEn) : null;
  return (
    <main id="main" className="mx-auto max-w-7xl space-y-6 px-4 py-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-xl font-bold text-brand-700">{m.common.appName} · {m.terminal.title}</p>
        <div className="flex items-center gap-2">
          <LanguageSwitcher locale={locale} m={m} />
          {terminal ? (
            <form action={signOutTerminalAction}>
              <button type="submit" className="min-h-11 rounded-lg px-3 text-sm font-medium underline hover:bg-slate-100">{m.terminal.signOut}</button>
            </form>
          ) : null}
        </div>
      </div>
      {terminal ? (
        <>
          <div>
            <h1 className="text-3xl font-bold">{m.terminal.title}</h1>
            <p className="mt-1 text-muted" data-testid="terminal-name">
              {/* The till's name is kept as its administrator wrote it (Chinese), on an English page too. */}
              <span lang={localize<string | undefined>(locale, undefined, "zh-CN")}>{terminal.name}</span>
              {facility ? ` · ${facility}` : null}
            </p>
          </div>
          <TerminalWorkspace
            verifyAction={verifyScannedCodeAction}
            m={m.terminal}
            locale={locale}
            settlement={{ settleAction: settleBillAction, reverseAction: reverseSettlementAction, m: m.terminalSettle, mEstimate: m.estimate.form, mFamily: m.family, backdateDays: env.SETTLEMENT_BACKDATE_DAYS }}
          />
        </>
      ) : (
        <>
          <h1 className="text-3xl font-bold">{m.terminal.signInTitle}</h1>
          <TerminalSignInForm action={signInTerminalAction} m={m.terminal} />
        </>
      )}
    </main>
  );
});
