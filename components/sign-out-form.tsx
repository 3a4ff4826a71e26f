"use client";
import { clearDevice } from "@/lib/voucher";

/**
 * The sign-out button. The server action ends the session and revokes the device keys it
 * set up; this form also makes the browser forget its key at once, so a shared or handed-on
 * phone shows no code after sign-out, even offline. Works without JavaScript too (the
 * action still runs; the key is then refused by the server).
 */
export function SignOutForm({ action, label }: { action: (formData: FormData) => Promise<void>; label: string }) {
  return (
    <form action={action} onSubmit={() => void clearDevice().catch(() => undefined)}>
      <button type="submit" className="min-h-11 whitespace-nowrap rounded-lg px-3 text-sm font-medium text-ink underline hover:bg-slate-100">
        {label}
      </button>
    </form>
  );
}
