/** Masked personal data (the only forms that reach a browser or a terminal) and browser names. */
export { maskName, maskNationalId } from "./mask";
export { describeUserAgent } from "./user-agent";
