/** The browser-safe part of lib/family: the pure rules, the form schemas, the types. */
export * from "./rules";
export * from "./schemas";
export type { PersonAccessScope } from "./access";
export type { AccessLogEntry } from "./access-log";
export type { ActingForOption } from "./acting-for";
export type { GrantView, ShowCodeGrant } from "./grants";
