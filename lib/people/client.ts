/** The types a browser reads of a person: the card, home's coverage, the alerts. */
export type { PersonSummary } from "./person-summary";
export type { HomeCoverage } from "./home-coverage";
export type { PersonAlert, PersonAlerts } from "./alerts";
