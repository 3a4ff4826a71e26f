// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked once for the whole project (app, lib, scripts, tests) by `npm run typecheck`,
  // which `npm test` runs first; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // PGlite must not be bundled (it crashes and its wasm would be served publicly);
  // esbuild builds the service worker inside the Serwist route handler.
  // pino runs as Node.js code, not bundled (it starts worker threads for some transports).
  serverExternalPackages: ["@electric-sql/pglite", "esbuild", "esbuild-wasm", "pino"],
  async headers() {
    // The Content-Security-Policy, Permissions-Policy and HSTS depend on the request and the
    // environment: proxy.ts sets them (lib/request-guard). These hold for every file, the build's
    // static files included, which proxy.ts does not see.
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
      {
        // Personal data must never sit in a shared cache or the browser's HTTP cache.
        source: "/api/v1/me/:path*",
        headers: [{ key: "Cache-Control", value: "private, no-store" }],
      },
    ];
  },
};

module.exports = nextConfig;
