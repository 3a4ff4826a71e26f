/**
 * A short, recognisable name for a device from its user agent ("Chrome · Android"), so a
 * person can tell their phones apart in the device list. Only the browser family and the
 * system are kept; versions and models are dropped.
 */
const systems: [RegExp, string][] = [
  [/HarmonyOS/i, "HarmonyOS"],
  [/Android/i, "Android"],
  [/iPhone|iPad|iPod/i, "iOS"],
  [/Mac OS X|Macintosh/i, "macOS"],
  [/Windows/i, "Windows"],
  [/CrOS/i, "ChromeOS"],
  [/Linux/i, "Linux"],
];

// Order matters: many browsers also say "Chrome" or "Safari".
const browsers: [RegExp, string][] = [
  [/MicroMessenger/i, "WeChat"],
  [/Edg\//i, "Edge"],
  [/HuaweiBrowser/i, "Huawei Browser"],
  [/MiuiBrowser/i, "Mi Browser"],
  [/UCBrowser/i, "UC"],
  [/Firefox\//i, "Firefox"],
  [/(Chrome|Chromium|CriOS)\//i, "Chrome"],
  [/Safari\//i, "Safari"],
];

export function deviceLabelFromUserAgent(userAgent: string | null | undefined): string {
  const ua = userAgent ?? "";
  const system = systems.find(([re]) => re.test(ua))?.[1];
  const browser = browsers.find(([re]) => re.test(ua))?.[1];
  const parts = [browser, system].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(" · ") : "Browser";
}
