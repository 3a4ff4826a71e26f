import { setEasyModeAction } from "@/lib/context/actions";
import type { Messages } from "@/lib/i18n";

/** On every screen with the header: a plain form, so it works with or without JavaScript. */
export function EasyModeSwitch({ easy, m }: { easy: boolean; m: Messages["easy"] }) {
  return (
    <form action={setEasyModeAction}>
      <input type="hidden" name="easy" value={easy ? "0" : "1"} />
      <button
        type="submit"
        aria-pressed={easy}
        title={m.toggleLabel}
        className="min-h-11 whitespace-nowrap rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium text-ink hover:bg-slate-100"
      >
        {easy ? m.toggleOff : m.toggleOn}
      </button>
    </form>
  );
}
