// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SWRConfig } from "swr";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { Entitlements } from "@/lib/ledger/entitlements";
import type { SettlementPage } from "@/lib/ledger/settlements";
import { entitlementsKey, useEntitlements, useRevalidateEntitlements } from "@/lib/swr/use-entitlements";
import { settlementKey, settlementsPageKey, useSettlements } from "@/lib/swr/use-settlements";

afterEach(() => vi.unstubAllGlobals());

function respond(bodies: Record<string, unknown[]>) {
  const fetchMock = vi.fn(async (url: string, _init?: RequestInit) => {
    const queue = bodies[url];
    if (!queue || queue.length === 0) return new Response("{}", { status: 404 });
    const body = queue.length > 1 ? queue.shift() : queue[0];
    return new Response(JSON.stringify(body), { status: body === "unauthenticated" ? 401 : 200 });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

function Balance() {
  const { data, error } = useEntitlements();
  const revalidate = useRevalidateEntitlements();
  if (error) return <p>error {error.status}</p>;
  return (
    <div>
      <p>balance {data?.account.balanceFen ?? "…"}</p>
      <button onClick={() => void revalidate()}>paid</button>
    </div>
  );
}

function History() {
  const { items, hasMore, loadMore } = useSettlements();
  return (
    <div>
      <ul>{items.map((s) => <li key={s.id}>{s.id}</li>)}</ul>
      {hasMore && <button onClick={() => void loadMore()}>more</button>}
    </div>
  );
}

const wrap = (node: React.ReactNode) => render(<SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{node}</SWRConfig>);
const entitlements = (balanceFen: number) => ({ account: { balanceFen } }) as unknown as Entitlements;
const page = (ids: string[], nextCursor: string | null): SettlementPage => ({ items: ids.map((id) => ({ id }) as SettlementPage["items"][number]), nextCursor });

describe("ledger SWR hooks", () => {
  test("keys name the resource and, for a relative, the person", () => {
    expect(entitlementsKey()).toBe("/api/v1/me/entitlements");
    expect(entitlementsKey("p 1")).toBe("/api/v1/me/entitlements?personId=p+1".replace("+", "%20"));
    expect(settlementsPageKey(null, "c1")).toBe("/api/v1/me/settlements?cursor=c1");
    expect(settlementKey("s1")).toBe("/api/v1/me/settlements/s1");
  });

  test("entitlements load, and the revalidation helper refetches after a change", async () => {
    const fetchMock = respond({ "/api/v1/me/entitlements": [entitlements(1000), entitlements(700)] });
    wrap(<Balance />);
    expect(await screen.findByText("balance 1000")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "paid" }));
    expect(await screen.findByText("balance 700")).toBeTruthy();
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ credentials: "same-origin", cache: "no-store" });
  });

  test("a signed-out response surfaces its status", async () => {
    respond({ "/api/v1/me/entitlements": ["unauthenticated"] });
    wrap(<Balance />);
    expect(await screen.findByText("error 401")).toBeTruthy();
  });

  test("settlements page with the cursor until there is no next page", async () => {
    respond({
      "/api/v1/me/settlements": [page(["a", "b"], "c1")],
      "/api/v1/me/settlements?cursor=c1": [page(["c"], null)],
    });
    wrap(<History />);
    expect(await screen.findByText("b")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "more" }));
    expect(await screen.findByText("c")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "more" })).toBeNull();
  });
});
