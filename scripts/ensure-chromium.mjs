// Makes sure Debian's Chromium is there for the end-to-end tests and Lighthouse.
// As root, installs the `chromium` apt package; otherwise stops with the exact command.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export function ensureChromium() {
  const path = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return path;
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH points to ${path}, which does not exist.`);
  }
  if (process.getuid?.() !== 0) {
    throw new Error("Chromium is missing. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium");
  }
  console.log("Installing Debian's chromium package (needed for end-to-end tests)…");
  const apt = (args) => spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (apt(["update", "-qq"]).status !== 0 || apt(["install", "-y", "-qq", "chromium"]).status !== 0 || !existsSync(path)) {
    throw new Error("Could not install chromium with apt-get. Try: apt-get update && apt-get install -y chromium");
  }
  return path;
}

// The receipt's end-to-end test prints to PDF and reads it back with poppler-utils (pdftotext,
// pdfinfo, pdftoppm). As root, installs the Debian package; otherwise stops with the command.
export function ensurePdfTools() {
  if (spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error("poppler-utils is missing (pdftotext). Install it with:\n  sudo apt-get update && sudo apt-get install -y poppler-utils");
  }
  console.log("Installing Debian's poppler-utils package (the receipt's PDF test reads PDFs with it)…");
  const apt = (args) => spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (apt(["install", "-y", "-qq", "poppler-utils"]).status !== 0 && (apt(["update", "-qq"]).status !== 0 || apt(["install", "-y", "-qq", "poppler-utils"]).status !== 0)) {
    throw new Error("Could not install poppler-utils with apt-get. Try: apt-get update && apt-get install -y poppler-utils");
  }
}
