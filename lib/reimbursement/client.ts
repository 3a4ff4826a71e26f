/**
 * What a browser bundle may load from the engine: money as people read it, the vocabulary and
 * the words of a request's problems — no policies, no schemas (a form that shows a figure or lists
 * options need not load them).
 */
export { formatPercent, formatYuan, type BasisPoints, type Fen } from "./money";
export { ISSUE_MESSAGES, issueMessage, type IssueCode } from "./issues";
export { CROSS_REGION, type CrossRegion } from "./vocabulary";
export { MAX_LINE_NAME, readLineMoney } from "./bill-line";
