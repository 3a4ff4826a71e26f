import { Writable } from "node:stream";
import { describe, expect, test } from "vitest";
import { createLogger, errorFacts } from "@/lib/log";

/** A logger writing into memory, at the given level. */
function capture(level = "info") {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(stream as never, level), lines };
}

describe("the logger", () => {
  test("never writes a phone number, a code or a national ID, however it is handed one", () => {
    const { logger, lines } = capture();
    logger.info({ phone: "13800138000", user: { phone: "13800138000" } }, "code 654321 sent to 138 0013 8000");
    logger.info("national ID %s", "350403199001011234");
    logger.warn({ detail: "+86 13800138000", token: "ybt_secret_key_value" }, "full-width １３８００１３８０００");
    const text = lines.join("\n");
    expect(text).not.toMatch(/13800138000|654321|138 0013 8000|350403199001011234|ybt_secret_key_value|１３８/);
    expect(text).toContain("[redacted]");
    expect(text).toContain("[phone]");
  });

  test("a database error is logged with its SQLSTATE and constraint, never its parameters, quoted values or detail", () => {
    const { logger, lines } = capture();
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_phone_key"'), {
      code: "23505",
      constraint: "users_phone_key",
      detail: "Key (phone)=(13800138000) already exists.",
    });
    const error = Object.assign(new Error("Failed query: insert into users (phone) values ($1)\nparams: 13800138000,张三"), { cause });
    logger.error({ err: error, where: "test" }, "unexpected error");
    const text = lines.join("\n");
    expect(text).not.toMatch(/13800138000|张三|already exists/);
    expect(JSON.parse(lines[0]!).err).toMatchObject({ message: "Failed query: insert into users (phone) values ($1)", cause: { sqlState: "23505", constraint: "users_phone_key" } });
    expect(errorFacts(error).stack).not.toContain("params");
  });

  test("LOG_LEVEL is honoured: below the level nothing is written", () => {
    const { logger, lines } = capture("warn");
    logger.info("quiet");
    logger.warn("heard");
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(["heard"]);
  });
});
