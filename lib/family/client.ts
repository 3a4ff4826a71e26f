/** The browser-safe part of lib/family: the pure rules, the access log's keys, the types. */
export * from "./rules";
export * from "./access-actions";
export type { PersonAccessScope } from "./access";
export type { AccessLogEntry } from "./access-log";
export type { ActingForOption } from "./acting-for";
export type { FamilyAccount } from "./family-accounts";
export type { GrantView, ShowCodeGrant } from "./grants";
export type { Relative } from "./relative";
