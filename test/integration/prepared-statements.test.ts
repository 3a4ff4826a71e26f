import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authenticateTerminal } from "@/lib/auth/terminal-key";
import { preparedStatement, runTransaction } from "@/lib/db";
import type { Database } from "@/lib/db/open";
import { createTestDatabase, preparedStatementNames } from "../helpers/test-db";
import { TEST_TERMINAL_KEY } from "../helpers/voucher-fixtures";

const echo = preparedStatement("test_echo", ["n", "word"], (p) => sql`select ${p.n}::int + 1 as n, ${p.word}::text as word`);

describe("statements built once and prepared", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase("demo-march");
  });
  afterAll(async () => {
    await database.close();
  });

  test("each execution is answered with its own values", async () => {
    const first = await echo.execute<{ n: number; word: string }>(database.db, { n: 1, word: "甲" });
    const second = await echo.execute<{ n: number; word: string }>(database.db, { n: 41, word: "乙" });
    expect(first.rows).toEqual([{ n: 2, word: "甲" }]);
    expect(second.rows).toEqual([{ n: 42, word: "乙" }]);
  });

  test("a terminal is authenticated by the prepared statement, and a wrong key still refused", async () => {
    const terminal = await authenticateTerminal(database.db, TEST_TERMINAL_KEY);
    expect(terminal.id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(authenticateTerminal(database.db, "ybt_not_a_key_of_any_terminal_000")).rejects.toMatchObject({ code: "terminal_key_invalid" });
  });

  test.runIf(process.env.DATABASE_URL)("on PostgreSQL the statement is prepared once per connection, under its name", async () => {
    const names = await runTransaction(database.db, async (tx) => {
      await authenticateTerminal(tx, TEST_TERMINAL_KEY);
      await authenticateTerminal(tx, TEST_TERMINAL_KEY);
      return preparedStatementNames(tx);
    });
    expect(names.filter((n) => n === "terminal_by_key_hash")).toHaveLength(1);
  });
});
