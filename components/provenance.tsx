import type { Messages } from "@/lib/i18n";
import { formatRich } from "./rich-text";

function DemoBadge({ text, m }: { text: string; m: Messages["common"]["provenance"] }) {
  return (
    <>
      <span className="mr-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900">{m.demoBadge}</span>
      {text}
    </>
  );
}

/**
 * Where a policy figure comes from, in the page's language. A published figure names its
 * document (titles of Chinese documents stay in Chinese, marked as such); a demo or unverified
 * figure gets one plain badge and a short sentence instead of the data's own provenance note,
 * which is written for maintainers. `partly`: the source is the policy's own document, of which
 * some figures used are unverified (the document and the badge are both shown).
 */
export function Provenance({ source, unverified, partly = false, m, className = "text-sm text-muted" }: {
  source: string;
  unverified: boolean;
  partly?: boolean;
  m: Messages["common"]["provenance"];
  className?: string;
}) {
  const document = <cite lang="zh-CN" className="not-italic">{source}</cite>;
  if (unverified && !partly) {
    return (
      <p className={className} data-provenance="demo">
        <DemoBadge text={m.demoText} m={m} />
      </p>
    );
  }
  return (
    <div className={`${className} space-y-1 break-words`} data-provenance={unverified ? "partly" : "source"}>
      <p>{formatRich(m.source, { source: document })}</p>
      {unverified ? <p><DemoBadge text={m.demoPartText} m={m} /></p> : null}
    </div>
  );
}
