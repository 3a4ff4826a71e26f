/**
 * The layer rules (.dependency-cruiser.cjs) catch what they are for: a small tree that breaks
 * each rule once is checked with the project's own configuration, and every rule must fire.
 * The real tree is checked with the same configuration by `npm run lint:layers` in `npm test`.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
let tree: string;

/** One file per broken rule, plus the files they import. */
const files: Record<string, string> = {
  "tsconfig.json": JSON.stringify({ compilerOptions: { baseUrl: ".", paths: { "@/*": ["./*"] }, jsx: "react-jsx", module: "esnext", moduleResolution: "bundler" } }),
  "app/page.tsx": "export default function Page() { return null; }\n",
  "components/imports-app.tsx": 'import Page from "@/app/page";\nexport const X = Page;\n',
  "lib/clinic/index.ts": 'export * from "./queries";\n',
  "lib/clinic/queries.ts": 'import { facilities } from "@/lib/db/schema";\nexport const q = facilities;\n',
  "lib/db/schema/index.ts": "export const facilities = {};\n",
  "app/deep.ts": 'import { q } from "@/lib/clinic/queries";\nexport const y = q;\n',
  "app/schema.ts": 'import { facilities } from "@/lib/db/schema";\nexport const z = facilities;\n',
  "lib/reimbursement/index.ts": 'import { useState } from "react";\nexport const w = useState;\n',
  "lib/i18n/index.ts": 'import { q } from "@/lib/clinic";\nexport const v = q;\n',
  "lib/family/index.ts": 'import { X } from "@/components/imports-app";\nexport const u = X;\n',
};

const expectedRules = [
  "components-never-import-app",
  "lib-never-imports-app-or-components",
  "only-through-a-public-entry",
  "only-domains-touch-the-database",
  "kernel-imports-no-domain",
  "engine-is-pure",
];

beforeAll(() => {
  tree = mkdtempSync(path.join(tmpdir(), "yibao-layers-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    writeFileSync(path.join(tree, file), text);
  }
  symlinkSync(path.join(root, "node_modules"), path.join(tree, "node_modules"));
});
afterAll(() => rmSync(tree, { recursive: true, force: true }));

test("a deliberate violation of each layer rule fails the check, naming the rule", async () => {
  const run = await promisify(execFile)(path.join(root, "node_modules/.bin/depcruise"), ["app", "components", "lib", "--config", path.join(root, ".dependency-cruiser.cjs"), "--output-type", "err"], { cwd: tree }).then(
    () => ({ code: 0, output: "" }),
    (error: { code: number; stdout: string }) => ({ code: error.code, output: error.stdout }),
  );
  expect(run.code).not.toBe(0);
  for (const rule of expectedRules) expect(run.output, rule).toContain(`error ${rule}:`);
}, 60_000);
