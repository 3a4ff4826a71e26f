/**
 * The Estimate screen and the public estimate API: the form's options for a person, the form run
 * through the engine with the person's ledger, saved estimates. Server entry; client.ts holds
 * what a browser may load.
 */
import "server-only";
export * from "./client";
export * from "./form-schema";
export { getEstimateFormOptions, type EstimateFormOptions, type FacilityOption } from "./form-options";
export { billOfForm, type FormBill } from "./bill-of-form";
export { ledgerAccumulators } from "./api-accumulators";
export { catalogueLookupFor, estimateWithCatalogue, figuresOf, runEstimate, type EstimateRun } from "./run-estimate";
export { openSavedEstimate, saveEstimate, savedEstimateOwner, savedEstimateValues } from "./saved";
export { openSharedEstimate, shareSavedEstimate, SHARE_LINK_DAYS, stopSharingEstimate, type SharedEstimateDto } from "./share";
export type { SavedEstimateDto } from "./saved-store";
