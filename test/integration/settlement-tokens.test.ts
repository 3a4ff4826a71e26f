import { afterEach, beforeEach, expect, test } from "vitest";
import { consumeSettlementToken, SETTLEMENT_TOKEN_LIFETIME_MS } from "@/lib/terminal/settlement-tokens";
import { handleVerifyRequest } from "@/lib/terminal/voucher-verification";
import type { Database } from "@/lib/db/open";
import { refusal } from "../helpers/refusal";
import { createTestDatabase, SEEDED } from "../helpers/test-db";
import { addTerminal, codeFrom, demoTerminal, setUpTestDevice, TEST_TERMINAL_KEY, type TestDevice } from "../helpers/voucher-fixtures";

const now = SEEDED.march;
let database: Database;
let chen: TestDevice;
let token: string;
let terminalId: string;

beforeEach(async () => {
  database = await createTestDatabase("demo-march");
  chen = await setUpTestDevice(database, "chen", now);
  const terminal = await demoTerminal(database);
  terminalId = terminal.id;
  token = (await handleVerifyRequest(database.db, terminal, { code: await codeFrom(chen, now) }, { now })).settlement.token;
});
afterEach(async () => database.close());

test("a settlement token is spent once, by the terminal that scanned the code", async () => {
  const other = await addTerminal(database, "ybt_second_terminal_key_000000001");
  await expect(refusal(consumeSettlementToken(database.db, token, other, now))).resolves.toMatchObject({ code: "settlement_token_invalid", status: 401 });
  const authority = await consumeSettlementToken(database.db, token, terminalId, now);
  expect(authority).toMatchObject({ personId: chen.personId, deviceId: chen.deviceId, terminalId, grantId: null });
  await expect(refusal(consumeSettlementToken(database.db, token, terminalId, now))).resolves.toMatchObject({ code: "settlement_token_used", status: 409 });
});

test("a settlement token expires after its lifetime", async () => {
  const late = new Date(now.getTime() + SETTLEMENT_TOKEN_LIFETIME_MS);
  await expect(refusal(consumeSettlementToken(database.db, token, terminalId, late))).resolves.toMatchObject({ code: "settlement_token_expired", status: 410 });
});

test("inside a transaction that fails, the token is not used up", async () => {
  await expect(
    database.db.transaction(async (tx) => {
      await consumeSettlementToken(tx, token, terminalId, now);
      throw new Error("settlement failed");
    }),
  ).rejects.toThrow("settlement failed");
  await expect(consumeSettlementToken(database.db, token, terminalId, now)).resolves.toMatchObject({ personId: chen.personId });
});

test("a made-up token is invalid", async () => {
  await expect(consumeSettlementToken(database.db, "yst_made_up", terminalId, now)).rejects.toMatchObject({ code: "settlement_token_invalid" });
  await expect(consumeSettlementToken(database.db, "something", terminalId, now)).rejects.toMatchObject({ code: "settlement_token_invalid" });
});
