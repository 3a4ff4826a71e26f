/** A short, human name for a browser from its user agent ("Chrome on Android"); null when unknown. */
export function describeUserAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser =
    /Edg\//.test(userAgent) ? "Edge"
    : /MicroMessenger/.test(userAgent) ? "WeChat"
    : /(Chrome|Chromium)\//.test(userAgent) ? "Chrome"
    : /Firefox\//.test(userAgent) ? "Firefox"
    : /Safari\//.test(userAgent) ? "Safari"
    : null;
  const system =
    /Android/.test(userAgent) ? "Android"
    : /iPhone|iPad/.test(userAgent) ? "iOS"
    : /HarmonyOS/.test(userAgent) ? "HarmonyOS"
    : /Windows/.test(userAgent) ? "Windows"
    : /Mac OS X/.test(userAgent) ? "macOS"
    : /Linux/.test(userAgent) ? "Linux"
    : null;
  if (!browser && !system) return null;
  return [browser, system].filter(Boolean).join(" · ");
}
