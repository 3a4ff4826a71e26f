/**
 * What the access log records, as a closed list of fixed keys: pages, actions and routes name
 * one of them (`log:`), so every entry has words in the catalogue (family.log.actions) and a kind
 * the log's cards are drawn by. Browser-safe.
 */
export const ACCESS_LOG_ACTIONS = {
  // Coverage viewed
  "home.coverage": "coverage",
  entitlements: "coverage",
  "entitlements.settlement": "coverage",
  "entitlements.settlements": "coverage",
  clinic: "coverage",
  // Business done for the person (a guardian's: a grant never covers it)
  "clinic.change": "manage",
  // Estimates
  "estimate.form": "estimate",
  "estimate.run": "estimate",
  "estimate.save": "estimate",
  "estimate.saved": "estimate",
  // The code, on the family member's phone and at the counter
  "voucher.shown": "code",
  "voucher.scan": "scan",
  // A payment from the person's personal account (家庭共济)
  "account.pay": "payment",
} as const;

export type AccessLogAction = keyof typeof ACCESS_LOG_ACTIONS;
export type AccessLogKind = (typeof ACCESS_LOG_ACTIONS)[AccessLogAction];

export function isAccessLogAction(value: string): value is AccessLogAction {
  return Object.prototype.hasOwnProperty.call(ACCESS_LOG_ACTIONS, value);
}

/** The kind of an entry's action (older keys, if any, read as coverage viewed). */
export function accessLogKind(action: string): AccessLogKind {
  return isAccessLogAction(action) ? ACCESS_LOG_ACTIONS[action] : "coverage";
}
