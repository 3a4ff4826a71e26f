/**
 * The chosen general-outpatient clinic (普通门诊选点): the region's rules, the person's choice and
 * its history, the search of eligible clinics, and changing it. Server entry; client.ts holds
 * what a browser may load.
 */
import "server-only";
export * from "./client";
export { changeClinic } from "./change";
export { chosenClinicFromJson, chosenClinicJson, getChosenClinic, type ChosenClinic } from "./chosen-clinic";
export { resolveChosenClinicStatus } from "./chosen-clinic-status";
export { clinicError, type ClinicErrorCode } from "./errors";
export * from "./queries";
