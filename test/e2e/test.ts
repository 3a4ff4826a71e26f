import { test as base, type BrowserContextOptions } from "@playwright/test";
import { e2eServerURL } from "./servers";

export { expect } from "@playwright/test";

/** Playwright's `test`, with every page and request of a test sent to its worker's own server. */
export const test = base.extend({
  baseURL: async ({}, use, testInfo) => use(e2eServerURL(testInfo.parallelIndex)),
});

/** The running test's server (for contexts a test opens itself). */
export function serverURL(): string {
  return e2eServerURL(test.info().parallelIndex);
}

/** The project's browser settings (the phone) on the running test's server, for a new context. */
export function phoneContextOptions(): BrowserContextOptions {
  return { ...(test.info().project.use as BrowserContextOptions), baseURL: serverURL() };
}
