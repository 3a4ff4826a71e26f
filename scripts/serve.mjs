// Serves the production build: `node scripts/serve.mjs [--port P] [--hostname H]` (defaults: PORT,
// HOST, then 3000 and the host lib/env.ts chooses). `npm start` and `npm run cluster` run it; a
// production instance runs it instead of `next start` (docs/deployment.md).
//
// Why not `next start` alone: Next.js hands route handlers and server actions the client's
// address only as an X-Forwarded-For header, and keeps one the client sent itself. This server
// stamps every request with the address of the socket it arrived on (X-Yibao-Peer, replacing any
// the client sent), under a token made for this process, so lib/context can tell the real peer
// from a claimed one and trust forwarded headers only from TRUSTED_PROXIES (docs/security.md).
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
// Read by lib/env.ts when the app loads: only a header carrying this token came from this server.
const token = randomBytes(18).toString("base64url");
process.env.PEER_HEADER_TOKEN = token;

const port = Number(values.port ?? process.env.PORT ?? 3000);
// Demo mode listens on loopback only unless HOST says otherwise (lib/env.ts, listenHost).
const demo = ["1", "true", "yes", "on"].includes((process.env.DEMO_MODE ?? "").toLowerCase());
const hostname = values.hostname ?? process.env.HOST ?? (demo ? "127.0.0.1" : "0.0.0.0");

const { default: next } = await import("next");
const app = next({ dev: false, dir: root, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((request, response) => {
  request.headers["x-yibao-peer"] = `${token} ${request.socket.remoteAddress ?? ""}`;
  handle(request, response);
});
server.keepAliveTimeout = 5_000;
server.on("error", (error) => {
  process.stderr.write(`Could not serve on ${hostname}:${port}: ${error.message}\n`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  process.stdout.write(`Yibao Pass listening on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}\n`);
});

// SIGTERM drains, as `next start` does: the listening socket closes at once, every request in
// flight finishes, then the process exits with 143 (130 for SIGINT).
let stopping = false;
for (const [signal, code] of [["SIGTERM", 143], ["SIGINT", 130]]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      app.close?.().catch(() => {}).finally(() => process.exit(code));
    });
    server.closeIdleConnections();
  });
}
