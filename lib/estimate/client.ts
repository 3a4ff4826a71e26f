/** The browser-safe part of lib/estimate: the form's choices and the types of its answer (the schema that reads a posted form is in index.ts). */
export * from "./form-fields";
export type { EstimateForm, EstimateFormLine } from "./form-schema";
export type * from "./state";
export type { EstimateFormOptions, FacilityOption } from "./form-options";
