/** The browser-safe part of lib/auth: phone and code schemas, masking, the sign-in form's steps. */
export * from "./phone";
export * from "./sign-in-schema";
