export * from "./regions";
export * from "./facilities";
export * from "./people";
export * from "./auth";
export * from "./terminals";
