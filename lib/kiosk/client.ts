/** The browser-safe part of lib/kiosk: the idle timings and forgetting everything on sign-out. */
export * from "./rules";
export { forgetEverythingOnThisDevice } from "./forget-device";
