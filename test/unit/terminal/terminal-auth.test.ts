import { describe, expect, test } from "vitest";
import { bearerKey } from "@/lib/auth/terminal-key";
import { deviceLabelFromUserAgent } from "@/lib/devices/label";
import { windowStartOf } from "@/lib/rate-limit";

describe("bearer keys", () => {
  test.each([
    ["Bearer ybt_abc", "ybt_abc"],
    ["bearer ybt_abc", "ybt_abc"],
    ["Bearer   ybt_abc  ", "ybt_abc"],
    ["Basic dXNlcjpwYXNz", null],
    ["Bearer", null],
    ["Bearer a b", null],
    ["", null],
    [null, null],
  ])("%j -> %j", (header, key) => {
    expect(bearerKey(header)).toBe(key);
  });
});

describe("device labels", () => {
  test.each([
    ["Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36", "Chrome · Android"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1", "Safari · iOS"],
    ["Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.40", "WeChat · Android"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36 Edg/140.0", "Edge · Windows"],
    ["curl/8.0", "Browser"],
    [null, "Browser"],
  ])("%s", (ua, label) => {
    expect(deviceLabelFromUserAgent(ua)).toBe(label);
  });
});

test("rate-limit windows are aligned to the epoch, so every instance agrees on them", () => {
  expect(windowStartOf(new Date("2026-03-01T02:00:59.999Z"), 60_000).toISOString()).toBe("2026-03-01T02:00:00.000Z");
  expect(windowStartOf(new Date("2026-03-01T02:01:00.000Z"), 60_000).toISOString()).toBe("2026-03-01T02:01:00.000Z");
});
