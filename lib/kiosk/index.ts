/** Kiosks in service halls: enrolment of the machine, sign-in by code or by one's own e-voucher. */
import "server-only";
export * from "./client";
export { kioskIdleTimings } from "./idle";
export { enrolDemoKiosk, KIOSK_KEY_COOKIE, type DemoEnrolment } from "./enrol";
export { KIOSK_SESSION_MS, kioskCodeRefused, startKioskSession, userFromScannedCode } from "./sign-in";
