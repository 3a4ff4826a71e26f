"use client";
import { KioskIdleGuard } from "@/components/kiosk-idle-guard";
import { KioskSignOutButton } from "@/components/kiosk-sign-out-button";
import { ScreenLoadError } from "@/components/screen-load-error";
import { useBoundaryWords } from "@/components/boundary-words";
import { KIOSK_COUNTDOWN_MS, KIOSK_IDLE_MS } from "@/lib/kiosk/client";
import { kioskSignOutAction } from "./actions";

/**
 * A kiosk screen that fails to render: still under the idle sign-out (a person who walks away
 * from an error is signed out too), with a retry, the kiosk's start and sign-out.
 */
export default function KioskScreenError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { zh, en } = useBoundaryWords();
  const title = { zh: zh.screenError.title, en: en.screenError.title };
  const message = { zh: zh.screenError.message, en: en.screenError.message };
  return (
    <KioskIdleGuard idleMs={KIOSK_IDLE_MS} countdownMs={KIOSK_COUNTDOWN_MS} signOut={kioskSignOutAction} m={zh.kiosk}>
      <ScreenLoadError title={title} message={message} digest={error.digest} reset={reset} home="/kiosk">
        <KioskSignOutButton signOut={kioskSignOutAction} label={<><span lang="zh-CN">{zh.kiosk.signOut}</span> · <span lang="en">{en.kiosk.signOut}</span></>} />
      </ScreenLoadError>
    </KioskIdleGuard>
  );
}
