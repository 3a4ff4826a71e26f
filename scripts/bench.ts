// npm run bench — every benchmark, each with its baseline measured in the same run.
//   npm run bench                 all parts
//   npm run bench -- engine page  only the named parts
//   npm run bench -- counter --json   one JSON object per figure and line
//   parts: engine catalogue catalogue-national ledger voucher page cluster qr start ledger-verify decoder counter
import { benchCatalogue } from "./bench/catalogue";
import { benchNationalCatalogue, printNationalCatalogue } from "./bench/catalogue-national";
import { benchCluster, printClusterBench } from "./bench/cluster";
import { benchCounter, counterOptions, printCounterBench } from "./bench/counter";
import { benchDecoder, printDecoderBench } from "./bench/decoder";
import { benchEngine } from "./bench/engine";
import { benchLedger } from "./bench/ledger";
import { benchLedgerVerify, printLedgerVerify } from "./bench/ledger-verify";
import { benchPageWeight, printPageWeight } from "./bench/page-weight";
import { benchStart, printStartBench } from "./bench/start";
import { benchTimeToQr, printTimeToQr } from "./bench/time-to-qr";
import { benchVoucher, printVoucherBench } from "./bench/voucher";
// @ts-expect-error -- plain ESM helpers shared with the .mjs tools
import { startAppServer } from "./lib/app-server.mjs";
// @ts-expect-error -- as above
import { launchChromium } from "./lib/browser-session.mjs";

type Part = "engine" | "catalogue" | "catalogue-national" | "page" | "ledger" | "voucher" | "cluster" | "qr" | "start" | "ledger-verify" | "decoder" | "counter";
const argv = process.argv.slice(2);
// Parts are the words; flags (--json, --rounds N …) and their values are the parts' options.
const valueFlags = new Set(["--rounds", "--seconds", "--port"]);
const wanted = new Set(argv.filter((arg, i) => !arg.startsWith("--") && !valueFlags.has(argv[i - 1] ?? "")));
const run = (part: Part) => wanted.size === 0 || wanted.has(part);

async function main() {
  if (run("engine")) {
    const bench = await benchEngine();
    console.log(`\n## ${bench.lines.join("\n")}`);
  }
  if (run("catalogue")) {
    console.log("\n## Catalogue search on the demo data (PGlite), against a `select 1` round trip; goal p95 < 50 ms");
    console.table(await benchCatalogue());
  }
  if (run("ledger")) {
    const rows = await benchLedger();
    const engine = rows[0]!.perSecond;
    console.log("\n## Ledger: settlements per second through settle() (PostgreSQL only when DATABASE_URL is set)");
    console.table(rows.map((r) => ({ ...r, "÷ engine alone": r === rows[0] ? "1" : (engine / r.perSecond).toFixed(0) })));
  }
  if (run("voucher")) printVoucherBench(await benchVoucher());
  if (run("cluster")) printClusterBench(await benchCluster());
  if (run("qr")) {
    const server = await startAppServer();
    const browser = await launchChromium();
    try {
      printTimeToQr(await benchTimeToQr(browser, server.url));
    } finally {
      await browser.close();
      await server.stop();
    }
  }
  if (run("start")) printStartBench(await benchStart());
  if (run("ledger-verify")) {
    const at = argv.indexOf("--rounds");
    printLedgerVerify(await benchLedgerVerify(console.log, at >= 0 ? Number(argv[at + 1]) : 1));
  }
  if (run("decoder")) printDecoderBench(await benchDecoder());
  if (run("catalogue-national")) printNationalCatalogue(await benchNationalCatalogue());
  if (run("counter")) {
    const { options, json } = counterOptions(argv);
    printCounterBench(await benchCounter(options), json);
  }
  if (run("page")) {
    // --port N: serve there (a port of one's own on a shared machine) instead of a free one.
    const portAt = argv.indexOf("--port");
    const server = await startAppServer(portAt >= 0 ? { port: Number(argv[portAt + 1]) } : {});
    const browser = await launchChromium();
    try {
      if (!printPageWeight(await benchPageWeight(browser, server.url, server.terminalKey))) process.exitCode = 1;
    } finally {
      await browser.close();
      await server.stop();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
