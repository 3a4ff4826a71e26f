/** The browser-safe part of lib/clinic: the pure rules, the search and change schemas, the types. */
export * from "./rules";
export * from "./schemas";
export type { ClinicChoiceRecord, ClinicFacility, ClinicOverview, ClinicRegion, EligibleClinic, EligibleClinicPage } from "./queries";
