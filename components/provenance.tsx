import type { Messages } from "@/lib/i18n/client";
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
export function Provenance({ source, unverified, partly = false, policyId, m, className = "text-sm text-muted" }: {
  source: string;
  unverified: boolean;
  partly?: boolean;
  /** Links to the policy's sources page (every value, its dates and its document). */
  policyId?: string;
  m: Messages["common"]["provenance"];
  className?: string;
}) {
  const document = <cite lang="zh-CN" className="not-italic">{source}</cite>;
  const link = policyId ? (
    <p className="print:hidden">
      <a href={`/policies/${encodeURIComponent(policyId)}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{m.allSources}</a>
    </p>
  ) : null;
  if (unverified && !partly) {
    return (
      <div className={className} data-provenance="demo">
        <p><DemoBadge text={m.demoText} m={m} /></p>
        {link}
      </div>
    );
  }
  return (
    <div className={`${className} space-y-1 break-words`} data-provenance={unverified ? "partly" : "source"}>
      <p>{formatRich(m.source, { source: document })}</p>
      {unverified ? <p><DemoBadge text={m.demoPartText} m={m} /></p> : null}
      {link}
    </div>
  );
}
