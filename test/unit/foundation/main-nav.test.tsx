// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { beforeEach, expect, test, vi } from "vitest";

// The router's state, as next/link and next/navigation would report it.
const router = vi.hoisted(() => ({ pathname: "/", pendingHref: null as string | null }));

vi.mock("next/navigation", () => ({ usePathname: () => router.pathname }));
vi.mock("next/link", async () => {
  const { createContext, useContext } = await import("react");
  const Href = createContext<string>("");
  return {
    default: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
      <Href.Provider value={href}>
        <a href={href} {...rest}>{children}</a>
      </Href.Provider>
    ),
    useLinkStatus: () => ({ pending: useContext(Href) === router.pendingHref }),
  };
});

const { MainNav } = await import("@/components/main-nav");

const items = [
  { href: "/", label: "首页" },
  { href: "/clinic", label: "定点机构" },
  { href: "/entitlements", label: "待遇" },
];

beforeEach(() => {
  router.pathname = "/";
  router.pendingHref = null;
});

test("marks the current screen, also on a screen below it", () => {
  router.pathname = "/entitlements/abc";
  render(<MainNav label="主导航" openingText="正在打开…" items={items} />);
  const nav = screen.getByRole("navigation", { name: "主导航" });
  expect(within(nav).getByRole("link", { name: "待遇" }).getAttribute("aria-current")).toBe("page");
  expect(within(nav).getByRole("link", { name: "首页" }).getAttribute("aria-current")).toBeNull();
});

test("says which screen is opening while it is on its way, and nothing otherwise", () => {
  const { rerender } = render(<MainNav label="主导航" openingText="正在打开…" items={items} />);
  expect(screen.queryByRole("status")).toBeNull();

  router.pendingHref = "/clinic";
  rerender(<MainNav label="主导航" openingText="正在打开…" items={[...items]} />);
  const status = screen.getByRole("status");
  expect(status.textContent).toBe("正在打开…");
  expect(screen.getByRole("link", { name: /定点机构/ }).contains(status)).toBe(true);
});
