import { getMessages, type Messages } from "./catalogue";
import type { Locale } from "./locales";

/**
 * The words of the routes' error boundaries. A boundary is a client module that gets no props;
 * the root layout hands these to it (components/boundary-words.tsx) in both languages, since a
 * boundary may be drawn before the page's language is known — so no page loads the catalogue.
 */
export interface BoundaryWords {
  screenError: Messages["common"]["screenError"];
  retry: string;
  backHome: string;
  clinic: Pick<Messages["clinic"], "title" | "loadError">;
  entitlements: Pick<Messages["entitlements"], "title" | "loadError">;
  kiosk: Pick<Messages["kiosk"], "signOut" | "signOutNow" | "idle">;
}

function boundaryWordsIn(locale: Locale): BoundaryWords {
  const { common, clinic, entitlements, kiosk } = getMessages(locale);
  return {
    screenError: common.screenError,
    retry: common.retry,
    backHome: common.backHome,
    clinic: { title: clinic.title, loadError: clinic.loadError },
    entitlements: { title: entitlements.title, loadError: entitlements.loadError },
    kiosk: { signOut: kiosk.signOut, signOutNow: kiosk.signOutNow, idle: kiosk.idle },
  };
}

export const BOUNDARY_WORDS: { zh: BoundaryWords; en: BoundaryWords } = { zh: boundaryWordsIn("zh-CN"), en: boundaryWordsIn("en") };
