import { afterEach } from "vitest";

// React Testing Library does not auto-clean with Vitest; component tests opt into jsdom per file.
afterEach(async () => {
  if (typeof document === "undefined") return;
  const { cleanup } = await import("@testing-library/react");
  cleanup();
});
