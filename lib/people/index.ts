/** The insured person as the screens show them: the card, the home screen's coverage, the alerts. */
import "server-only";
export { getMaskedName, getPersonSummary, type PersonSummary } from "./person-summary";
export { getHomeCoverage, type HomeCoverage } from "./home-coverage";
export { ALERT_WINDOW_DAYS, daysBetween, getPersonAlerts, type PersonAlert, type PersonAlerts } from "./alerts";
