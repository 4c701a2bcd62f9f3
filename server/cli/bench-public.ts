// `npm run bench:public`: the public claim page of the production build against a bare node:http
// hello-world server, each loaded with autocannon (50 connections, 10 s) in one run; then the
// page's first-load JavaScript and, with --lighthouse, its Lighthouse performance score and LCP.
// Needs `npm run build` first. Prints the ratio of the two request rates last.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

const barePort = 3401;
const appPort = 3402;
const dataDir = path.resolve("data", "bench-public", "pglite");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  // Its own process group, so stopping it also stops what npx and tsx started under it.
  return spawn(command, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env }, detached: true });
}

async function waitFor(url: string) {
  for (let i = 0; i < 480; i++) {
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

async function load(url: string) {
  await autocannon({ url, connections: 10, duration: 2 });
  const result = await autocannon({ url, connections: 50, duration: seconds });
  return { rate: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts };
}

async function firstLoadJs(pageUrl: string) {
  const html = await (await fetch(pageUrl)).text();
  const sources = [...html.matchAll(/<script\b(?![^>]*nomodule)[^>]*\bsrc="([^"]+)"/gi)].map((m) => m[1]!);
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, pageUrl))).arrayBuffer())).length;
  return { scripts: sources.length, kB: bytes / 1024 };
}

function lighthouse(pageUrl: string) {
  const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  const run = spawnSync(
    "npx",
    ["-y", "lighthouse@12", pageUrl, "--only-categories=performance", "--output=json", "--quiet", "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"],
    { env: { ...process.env, CHROME_PATH: chrome }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) return null;
  const report = JSON.parse(run.stdout) as { categories: { performance: { score: number } }; audits: Record<string, { numericValue: number }> };
  return { score: Math.round(report.categories.performance.score * 100), lcpMs: report.audits["largest-contentful-paint"]!.numericValue };
}

if (!existsSync(path.join(".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first.");
rmSync(path.dirname(dataDir), { recursive: true, force: true });
const bare = start(process.execPath, ["-e", `require("node:http").createServer((q, r) => r.end("hello world")).listen(${barePort})`]);
const app = start("npx", ["tsx", "server/cli/start.ts"], { PORT: String(appPort), CLAIMTRAIL_DATA_DIR: dataDir, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), DATABASE_URL: "" });
try {
  await Promise.all([waitFor(`http://localhost:${barePort}/`), waitFor(`http://localhost:${appPort}/api/v1/claims`)]);
  const { items } = (await (await fetch(`http://localhost:${appPort}/api/v1/claims?rating=mostly_true`)).json()) as { items: { slug: string }[] };
  const pageUrl = `http://localhost:${appPort}/claims/${items[0]!.slug}`;
  const bareResult = await load(`http://localhost:${barePort}/`);
  const pageResult = await load(pageUrl);
  const js = await firstLoadJs(pageUrl);
  const row = (name: string, r: typeof bareResult) => `${name.padEnd(22)} ${r.rate.toFixed(0).padStart(9)} ${r.p99.toFixed(1).padStart(9)} ${String(r.errors).padStart(7)}`;
  console.log(`autocannon: 50 connections, ${seconds} s each, this machine (${process.platform}, node ${process.version})`);
  console.log(`${"server".padEnd(22)} ${"req/s".padStart(9)} ${"p99 ms".padStart(9)} ${"errors".padStart(7)}`);
  console.log(row("bare node:http", bareResult));
  console.log(row("public claim page", pageResult));
  console.log(`first-load JavaScript: ${js.scripts} script(s), ${js.kB.toFixed(1)} kB gzip`);
  if (process.argv.includes("--lighthouse")) {
    const report = lighthouse(pageUrl);
    console.log(report ? `lighthouse performance ${report.score}, LCP ${report.lcpMs.toFixed(0)} ms` : "lighthouse could not run (is lighthouse@12 reachable through npx and Chromium installed?)");
  }
  console.log(`ratio ${(pageResult.rate / bareResult.rate).toFixed(2)}`);
} finally {
  for (const child of [bare, app]) if (child.pid) process.kill(-child.pid, "SIGTERM");
}
