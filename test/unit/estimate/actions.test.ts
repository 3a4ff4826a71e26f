// @vitest-environment node
import { beforeEach, describe, expect, test, vi } from "vitest";
import { initialEstimateState } from "@/lib/estimate/state";

const mocks = vi.hoisted(() => ({
  user: null as { userId: string; personId: string | null } | null,
  run: vi.fn(),
  save: vi.fn(),
  redirect: vi.fn((url: string) => {
    throw new Error(`redirect:${url}`);
  }),
}));

vi.mock("@/lib/auth/current-user", () => ({ getSessionUser: async () => mocks.user }));
vi.mock("@/lib/db/client", () => ({ getDb: async () => ({ db: "the-db", kind: "pglite" }) }));
vi.mock("@/lib/i18n/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/estimate/run-estimate", () => ({ runEstimateForm: mocks.run }));
vi.mock("@/lib/estimate/saved", () => ({ saveEstimateForUser: mocks.save }));
vi.mock("next/navigation", () => ({ redirect: mocks.redirect }));

const { estimateAction, saveEstimateAction } = await import("@/app/(patient)/estimate/actions");

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  data.append("$ACTION_ID_abc", "");
  return data;
}

beforeEach(() => {
  mocks.run.mockReset();
  mocks.save.mockReset();
  mocks.redirect.mockClear();
});

describe("estimateAction (thin wrapper)", () => {
  test("passes the database, the signed-in user, the posted text values and the locale to runEstimateForm", async () => {
    mocks.user = { userId: "u1", personId: "p1" };
    mocks.run.mockResolvedValue({ ok: false, fieldErrors: {}, formError: null, values: {} });
    await estimateAction(initialEstimateState, form({ "lines.0.name": "x", accumulatorsMode: "whatif" }));
    const [db, user, values, options] = mocks.run.mock.calls[0]!;
    expect(db).toBe("the-db");
    expect(user).toEqual({ userId: "u1", personId: "p1" });
    expect(values).toEqual({ "lines.0.name": "x", accumulatorsMode: "whatif" });
    expect(options.locale).toBe("en");
    expect(options.now).toBeInstanceOf(Date);
  });

  test("signed out: runEstimateForm gets no user (and answers with a form error)", async () => {
    mocks.user = null;
    mocks.run.mockResolvedValue({ ok: false, fieldErrors: {}, formError: { zh: "请先登录。", en: "Please sign in first." }, values: {} });
    const state = await estimateAction(initialEstimateState, form({}));
    expect(mocks.run.mock.calls[0]![1]).toBeNull();
    expect(state.ok).toBe(false);
  });
});

describe("saveEstimateAction", () => {
  test("saves for the user and opens the saved estimate's page", async () => {
    mocks.user = { userId: "u1", personId: "p1" };
    mocks.save.mockResolvedValue("7d3f1c52-0000-4000-8000-000000000000");
    await expect(saveEstimateAction({ ok: false, formError: null }, form({ personId: "p1", request: "{}", context: "{}" }))).rejects.toThrow("redirect:/estimate/saved/7d3f1c52-0000-4000-8000-000000000000");
    expect(mocks.save.mock.calls[0]![2]).toEqual({ personId: "p1", request: "{}", context: "{}" });
  });

  test("a refusal becomes a form error without internals", async () => {
    mocks.user = { userId: "u1", personId: "p1" };
    mocks.save.mockRejectedValue(new Error("relation saved_estimates does not exist"));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const state = await saveEstimateAction({ ok: false, formError: null }, form({ personId: "p1", request: "{}" }));
    expect(state.formError?.en).toMatch(/Something went wrong/);
    expect(JSON.stringify(state)).not.toContain("relation");
  });

  test("signed out: sent to sign in", async () => {
    mocks.user = null;
    await expect(saveEstimateAction({ ok: false, formError: null }, form({}))).rejects.toThrow("redirect:/sign-in");
  });
});
