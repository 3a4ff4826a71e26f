import type { Messages, Locale } from "@/lib/i18n";
import { BOOT_CONTAINER_ID, BOOT_SCRIPT_URL, bootMessages } from "./code-panel";

/**
 * Server-rendered into the code screen's shell: the empty element the boot script draws the
 * first code into, and the boot script itself (code-boot.ts), which the parser runs right here,
 * before the app's framework. `dangerouslySetInnerHTML` makes React leave the element's content
 * to the script when it hydrates; the script's own tag is only run by a full page load.
 */
export function CodeBootSlot({ messages }: { messages: Record<Locale, Messages["voucher"]> }) {
  const texts = { "zh-CN": bootMessages(messages["zh-CN"]), en: bootMessages(messages.en) };
  return (
    <>
      {/* display: contents: what is drawn here is laid out as the React screen's own panel is. */}
      <div id={BOOT_CONTAINER_ID} className="contents" data-messages={JSON.stringify(texts)} dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />
      <script src={BOOT_SCRIPT_URL} />
    </>
  );
}
