import { vi } from "vitest";

// Behind PgBouncer before 1.21 in transaction mode (docs/deployment.md): set before the app reads its environment.
vi.hoisted(() => {
  process.env.DATABASE_PREPARED_STATEMENTS = "0";
});

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authenticateTerminal } from "@/lib/auth/terminal-key";
import { runTransaction } from "@/lib/db";
import type { Database } from "@/lib/db/open";
import { createTestDatabase, preparedStatementNames } from "../helpers/test-db";
import { TEST_TERMINAL_KEY } from "../helpers/voucher-fixtures";

describe("DATABASE_PREPARED_STATEMENTS=0", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase("demo-march");
  });
  afterAll(async () => {
    await database.close();
  });

  test("the counter's statements are sent unnamed: nothing is left prepared on the connection", async () => {
    const names = await runTransaction(database.db, async (tx) => {
      const terminal = await authenticateTerminal(tx, TEST_TERMINAL_KEY);
      expect(terminal.id).toMatch(/^[0-9a-f-]{36}$/);
      return process.env.DATABASE_URL ? preparedStatementNames(tx) : [];
    });
    expect(names).toEqual([]);
  });
});
