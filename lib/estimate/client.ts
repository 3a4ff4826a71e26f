/** The browser-safe part of lib/estimate: the form's schema and the types of its answer. */
export * from "./form-schema";
export type * from "./state";
export type { EstimateFormOptions, FacilityOption } from "./form-options";
