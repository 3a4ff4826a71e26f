/** The browser-safe part of lib/auth: phone formatting and masking, the sign-in form's steps (no schema library; the schemas are on the server entry). */
export * from "./phone-format";
export * from "./sign-in-step";
