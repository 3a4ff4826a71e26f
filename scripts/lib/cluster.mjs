// N instances of the production build behind HAProxy, all on 127.0.0.1, on one PostgreSQL
// database (DATABASE_URL). Used by `npm run cluster` and the cluster test. The database must
// already be migrated: migrations run once, before any instance starts (scripts/cluster.mjs).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const HEALTH_PATH = "/api/v1/health";

// Every process this module started; whatever still runs when this process exits is killed.
const running = new Set();
function track(child) {
  running.add(child);
  child.on("exit", () => running.delete(child));
  return child;
}
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** HAProxy from Debian: as root, installs the `haproxy` package when missing; otherwise says how. */
export function ensureHaproxy() {
  const found = ["/usr/sbin/haproxy", "/usr/bin/haproxy"].find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error("HAProxy is missing. Install it with:\n  sudo apt-get update && sudo apt-get install -y haproxy");
  }
  console.log("Installing Debian's haproxy package…");
  const apt = (args) => spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (apt(["update", "-qq"]).status !== 0 || apt(["install", "-y", "-qq", "haproxy"]).status !== 0) {
    throw new Error("Could not install haproxy with apt-get. Try: apt-get update && apt-get install -y haproxy");
  }
  const installed = ["/usr/sbin/haproxy", "/usr/bin/haproxy"].find((p) => existsSync(p));
  if (!installed) throw new Error("apt-get installed haproxy, but no haproxy binary was found.");
  return installed;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The balancer's configuration. Health checks call /api/v1/health every second (every 250 ms
 * while a server changes state); two failures take a server out, two passes bring it back.
 * A request whose connection is refused (a stopped or draining instance) is sent to another
 * server; a request that reached an instance is never re-sent by the balancer, since it may
 * have been carried out — the counter repeats it with the same Idempotency-Key.
 * `http-server-close` gives each request its own connection to the instance, so an instance
 * that stops never has an idle connection the balancer could still send a request on.
 */
export function haproxyConfig({ port, statsPort, servers, socketPath }) {
  return `global
    maxconn 4096
    stats socket ${socketPath} mode 600 level admin

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout queue 15s
    timeout check 2s
    retries 3
    option redispatch 1
    option http-server-close
    option forwardfor

frontend yibao
    bind 127.0.0.1:${port}
    default_backend app

backend app
    balance leastconn
    option httpchk
    http-check send meth GET uri ${HEALTH_PATH}
    http-check expect status 200
    default-server check inter 1s fastinter 250ms downinter 1s fall 2 rise 2
    # Which instance answered (also on the balancer's own errors): for the cluster test and logs.
    http-after-response set-header X-Served-By %[srv_name]
${servers.map((s) => `    server ${s.name} 127.0.0.1:${s.port}`).join("\n")}

listen stats
    bind 127.0.0.1:${statsPort}
    stats enable
    stats uri /
    stats refresh 2s
`;
}

async function waitFor(check, { timeoutMs, what }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function healthy(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** One app instance: scripts/serve.mjs on its own port; kill() and restart() for the cluster test. */
class Instance {
  constructor({ name, port, env, logDir, echo }) {
    Object.assign(this, { name, port, env, logDir, echo });
    this.child = null;
    this.exited = null;
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The running process's id (null when stopped). */
  get pid() {
    return this.child && this.child.exitCode === null && this.child.signalCode === null ? this.child.pid : null;
  }

  start() {
    const child = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), "--port", String(this.port), "--hostname", "127.0.0.1"], {
      cwd: root,
      env: this.env,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group: a Ctrl-C reaches only the cluster script, which stops things in order.
      detached: true,
    });
    track(child);
    const log = this.logDir ? createWriteStream(path.join(this.logDir, `${this.name}.log`), { flags: "a" }) : null;
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        log?.write(chunk);
        if (this.echo) for (const line of String(chunk).split("\n")) if (line) console.log(`[${this.name}] ${line}`);
      });
    }
    this.child = child;
    this.exited = new Promise((resolve) => child.on("exit", (code, signal) => {
      log?.end();
      resolve({ code, signal });
    }));
    return this;
  }

  async ready(timeoutMs = 120_000) {
    await waitFor(async () => {
      if (this.child?.exitCode !== null) throw new Error(`${this.name} exited with code ${this.child?.exitCode} while starting`);
      return healthy(`${this.url}${HEALTH_PATH}`);
    }, { timeoutMs, what: `${this.name} answering ${HEALTH_PATH}` });
  }

  /** Sends the signal and waits for the process to end: SIGTERM drains in-flight requests first. */
  async stop(signal = "SIGTERM") {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return { code: this.child?.exitCode ?? null, signal: this.child?.signalCode ?? null };
    this.child.kill(signal);
    return this.exited;
  }

  async restart() {
    this.start();
    await this.ready();
  }
}

/**
 * Starts `instances` app instances on `instancePorts` and HAProxy on `port` (stats on
 * `statsPort`), all on 127.0.0.1, and waits until the balancer sees every instance healthy.
 * `env` must carry DATABASE_URL. Returns the running cluster; stop() drains and ends it all.
 */
export async function startCluster({ instances = 3, port, instancePorts, statsPort, env, echo = false, logDir }) {
  const haproxy = ensureHaproxy();
  const dir = mkdtempSync(path.join(tmpdir(), "yibao-cluster-"));
  const logs = logDir ?? (echo ? null : dir);
  const balancerPort = port ?? (await freePort());
  const ports = instancePorts ?? (await Promise.all(Array.from({ length: instances }, freePort)));
  const stats = statsPort ?? (await freePort());
  // Every instance keys sign-in codes with the same secret (a code sent by one is checked by
  // another) and believes the balancer on loopback about the client's address.
  const appEnv = { AUTH_SECRET: randomBytes(32).toString("base64url"), TRUSTED_PROXIES: "loopback", ...env, NEXT_TELEMETRY_DISABLED: "1" };
  delete appEnv.NODE_ENV;
  delete appEnv.PORT;

  const members = ports.slice(0, instances).map((p, i) => new Instance({ name: `app${i + 1}`, port: p, env: appEnv, logDir: logs, echo }));
  const cluster = { dir, members, balancerUrl: `http://127.0.0.1:${balancerPort}`, statsUrl: `http://127.0.0.1:${stats}`, haproxy: null };
  try {
    await Promise.all(members.map((m) => m.start().ready()));
    const config = path.join(dir, "haproxy.cfg");
    writeFileSync(config, haproxyConfig({ port: balancerPort, statsPort: stats, servers: members, socketPath: path.join(dir, "haproxy.sock") }));
    const check = spawnSync(haproxy, ["-c", "-q", "-f", config], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`HAProxy refused its configuration:\n${check.stdout}${check.stderr}`);
    const balancer = track(spawn(haproxy, ["-db", "-f", config], { stdio: ["ignore", "pipe", "pipe"], detached: true }));
    const balancerLog = createWriteStream(path.join(logs ?? dir, "haproxy.log"));
    balancer.stdout.pipe(balancerLog);
    balancer.stderr.pipe(balancerLog);
    cluster.haproxy = { child: balancer, exited: new Promise((resolve) => balancer.on("exit", resolve)) };
    await waitFor(async () => {
      if (balancer.exitCode !== null) throw new Error(`HAProxy exited with code ${balancer.exitCode}`);
      const states = await serverStates(cluster).catch(() => ({})); // not listening yet
      return members.every((m) => states[m.name]?.status === "UP");
    }, { timeoutMs: 30_000, what: "every instance UP at the balancer" });
  } catch (error) {
    await stopCluster(cluster);
    throw error;
  }
  cluster.stop = () => stopCluster(cluster);
  cluster.serverStates = () => serverStates(cluster);
  return cluster;
}

/** The balancer's view of each server, from its CSV statistics: status (UP, DOWN, …), sessions, checks failed. */
export async function serverStates(cluster) {
  const response = await fetch(`${cluster.statsUrl}/;csv;norefresh`, { signal: AbortSignal.timeout(2000) });
  const [header, ...lines] = (await response.text()).trim().split("\n");
  const columns = header.replace(/^# /, "").split(",");
  const at = (name) => columns.indexOf(name);
  const states = {};
  for (const line of lines) {
    const cells = line.split(",");
    if (cells[at("pxname")] !== "app" || ["FRONTEND", "BACKEND"].includes(cells[at("svname")])) continue;
    states[cells[at("svname")]] = {
      status: cells[at("status")].split(" ")[0],
      currentSessions: Number(cells[at("scur")]),
      totalSessions: Number(cells[at("stot")]),
      checksDown: Number(cells[at("chkdown")]),
      redispatched: Number(cells[at("wredis")]),
      retried: Number(cells[at("wretr")]),
    };
  }
  return states;
}

/** Stops accepting at the balancer first, then drains every instance (SIGTERM), then removes the work folder. */
async function stopCluster(cluster) {
  if (cluster.haproxy && cluster.haproxy.child.exitCode === null) {
    cluster.haproxy.child.kill("SIGUSR1"); // soft stop: finish what it carries, then exit
    await Promise.race([cluster.haproxy.exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (cluster.haproxy.child.exitCode === null) cluster.haproxy.child.kill("SIGTERM");
  }
  await Promise.all(cluster.members.map((m) => m.stop("SIGTERM")));
  rmSync(cluster.dir, { recursive: true, force: true });
}
