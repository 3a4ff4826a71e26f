import { redirect } from "next/navigation";
import { LanguageSwitcher } from "@/components/language-switcher";
import { PasskeySignInButton } from "@/components/passkey-sign-in-button";
import { SignInForm } from "@/components/sign-in-form";
import { page, pageMetadata } from "@/lib/context";
import { env } from "@/lib/env";
import { localize } from "@/lib/i18n";
import { maskName } from "@/lib/privacy";
import { demoAccounts } from "@/lib/seed";
import { signInAction } from "./actions";
import { finishPasskeySignInAction, startPasskeySignInAction } from "./passkey-actions";

export const generateMetadata = pageMetadata((m) => ({ title: m.signIn.title }));

export default page({ who: "anyone" }, ({ locale, m, actor }) => {
  if (actor.kind === "person") redirect("/");
  const accounts = env.demoMode ? demoAccounts.map((a) => ({ phone: a.phone, name: maskName(a.name), note: localize(locale, a.note, a.noteEn) })) : [];
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-8">
      <div className="flex items-center justify-between gap-4">
        <p className="text-xl font-bold text-brand-700">{m.common.appName}</p>
        <LanguageSwitcher locale={locale} m={m} />
      </div>
      <h1 className="mt-6 text-3xl font-bold">{m.signIn.title}</h1>
      <p className="mt-2 text-muted">{m.signIn.intro}</p>
      <div className="mt-6">
        <PasskeySignInButton m={m.security} locale={locale} start={startPasskeySignInAction} finish={finishPasskeySignInAction} />
      </div>
      <div className="mt-6">
        <SignInForm action={signInAction} m={m.signIn} demoAccounts={accounts} />
      </div>
    </main>
  );
});
