// The layers of the code, enforced on every `npm test` (CONTRIBUTING.md explains them).
//
//   app/          routes: pages, layouts, route handlers, server actions
//   components/   presentational React components
//   lib/context   the request context and the page / action / route wrappers
//   lib/<domain>  one folder per domain; index.ts is its public entry
//   kernel        lib/db (schema, client), lib/i18n, lib/errors, lib/reimbursement (the pure
//                 engine), lib/voucher, lib/privacy, lib/env.ts, lib/dates.ts
//
// Imports run down this list only. Type-only imports count too: a type is part of a contract.

/** Folders of lib/ that everything else builds on; they import no domain. */
const KERNEL = ["db", "i18n", "errors", "reimbursement", "voucher", "privacy", "log"];
const KERNEL_FILES = ["env\\.ts", "dates\\.ts"];
const kernelPath = `^lib/(${KERNEL.join("|")})/|^lib/(${KERNEL_FILES.join("|")})$`;

/**
 * A folder's public entries: index.ts; client.ts for what a browser bundle may load (schemas,
 * constants, pure rules, types); actions.ts for server actions that shared components bind.
 * lib/db/schema/index.ts is the schema's entry, for domain modules only (rule below).
 */
const PUBLIC_ENTRY = "^lib/[^/]+/(index|client|actions)\\.tsx?$|^lib/db/schema/index\\.ts$";

module.exports = {
  forbidden: [
    {
      name: "components-never-import-app",
      comment: "Components are presentational: routes hand them data and actions as props.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "lib-never-imports-app-or-components",
      comment: "lib/ is below the routes and the components.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "only-through-a-public-entry",
      comment: "Outside a lib/ folder, import its index.ts (or client.ts / actions.ts), never a file inside it.",
      severity: "error",
      from: { path: "^(app|components|scripts)/" },
      to: { path: "^lib/[^/]+/", pathNot: PUBLIC_ENTRY },
    },
    {
      name: "only-through-a-public-entry-between-lib-folders",
      comment: "One lib/ folder reaches another only through that folder's public entry.",
      severity: "error",
      from: { path: "^lib/([^/]+)/" },
      to: { path: "^lib/[^/]+/", pathNot: [PUBLIC_ENTRY, "^lib/$1/"] },
    },
    {
      name: "only-domains-touch-the-database",
      comment:
        "SQL lives in the domain modules: nothing else imports the schema or drizzle. Benchmarks and load generators (scripts/bench, scripts/load) measure the database itself and may.",
      severity: "error",
      from: { pathNot: ["^lib/(?!context/|i18n/|errors/|reimbursement/|voucher/|privacy/|swr/|http/)[^/]+/", "^lib/db/", "^scripts/(bench|load)/"] },
      to: { path: "^lib/db/schema/|^node_modules/drizzle-orm/" },
    },
    {
      name: "kernel-imports-no-domain",
      comment: "The kernel (db, i18n, errors, engine, voucher, privacy, env, dates) builds on nothing above it.",
      severity: "error",
      from: { path: kernelPath },
      to: { path: "^lib/", pathNot: kernelPath },
    },
    {
      name: "domains-never-import-the-context",
      comment: "Domains take the database, the clock and the person as parameters; the context calls them, not the reverse.",
      severity: "error",
      from: { path: "^lib/", pathNot: "^lib/context/" },
      to: { path: "^lib/context/" },
    },
    {
      name: "engine-is-pure",
      comment: "lib/reimbursement imports nothing but itself and zod: no next, react, database or clock.",
      severity: "error",
      from: { path: "^lib/reimbursement/" },
      to: { pathNot: ["^lib/reimbursement/", "^node_modules/zod/"] },
    },
    {
      name: "no-circular",
      comment: "A cycle of imports ties modules that should stand apart.",
      severity: "error",
      from: { path: "^(app|components|lib|scripts)/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.next|test|public|\\.data)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
