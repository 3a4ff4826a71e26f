import { route } from "@/lib/context";
import { log } from "@/lib/log";
import { enforceRateLimit } from "@/lib/rate-limit";

const MAX_REPORT_BYTES = 16 * 1024;
const REPORTS_PER_MINUTE = { limit: 60, windowMs: 60_000 };

/** A URL as the log may hold it: its origin and path, never its query. */
function place(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const url = new URL(value);
    return `${url.origin}${url.pathname}`.slice(0, 200);
  } catch {
    return value.split("?")[0]!.slice(0, 200);
  }
}

/** What a violation report may tell the log: which directive, what was blocked, on which page. */
function violationFacts(report: Record<string, unknown>) {
  const directive = report["effective-directive"] ?? report.effectiveDirective ?? report["violated-directive"];
  const line = report["line-number"] ?? report.lineNumber;
  return {
    directive: typeof directive === "string" ? directive.slice(0, 100) : undefined,
    blocked: place(report["blocked-uri"] ?? report.blockedURL),
    page: place(report["document-uri"] ?? report.documentURL),
    source: place(report["source-file"] ?? report.sourceFile),
    line: typeof line === "number" ? line : undefined,
  };
}

/**
 * POST /api/v1/csp-report — browsers report Content-Security-Policy violations here (report-uri:
 * application/csp-report; or the Reporting API's list). Each is logged as a warning "csp
 * violation", which the end-to-end run fails on. Answers 204 whatever it was sent.
 */
export const POST = route({ who: "anyone", where: "api.csp-report" }, async ({ db, now, client }, request) => {
  await enforceRateLimit(db, { key: `csp-report:${client.address}`, ...REPORTS_PER_MINUTE }, now);
  const text = await request.text();
  let body: unknown = null;
  if (text.length <= MAX_REPORT_BYTES) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  const reports = Array.isArray(body) ? body.map((entry) => (entry as { body?: unknown } | null)?.body) : [(body as { "csp-report"?: unknown } | null)?.["csp-report"]];
  for (const report of reports) {
    if (report && typeof report === "object") log.warn({ csp: violationFacts(report as Record<string, unknown>) }, "csp violation");
  }
  return new Response(null, { status: 204 });
});
