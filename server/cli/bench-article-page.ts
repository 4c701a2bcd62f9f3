// `npm run bench:article-page`: how long the workspace takes to show an article with 200 claims.
// Seeds a throwaway PGlite folder, serves the production build, signs in over HTTP, then times the
// server render (curl-like GETs) and a real Chromium load until all 200 claims are listed.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { demoUsers } from "../seed/seed-demo";
import { seedArticleWithClaims } from "../testing/bench-article";

const claimCount = 200;
const port = 3300;
const base = `http://localhost:${port}`;
const dataDir = path.resolve("data", "bench", "pglite");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${base}/`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not start");
}

async function signIn(): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { email, password } = demoUsers[0]!;
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error("sign-in failed");
  return session.split(";")[0]!;
}

if (!existsSync(path.join(".next", "BUILD_ID"))) {
  console.error("No production build: run `npm run build` first (benchmarks never use next dev).");
  process.exit(1);
}

const seeded = await seedArticleWithClaims(dataDir, claimCount);
await seeded.db.close();
const server = spawn("npx", ["tsx", "server/cli/start.ts"], {
  env: { ...process.env, PORT: String(port), CLAIMTRAIL_DATA_DIR: dataDir, NEXTAUTH_URL: base, NEXTAUTH_SECRET: randomBytes(32).toString("base64url") },
  stdio: "ignore",
  detached: true,
});
try {
  await waitForServer();
  const session = await signIn();
  const url = `${base}/articles/${seeded.slug}`;
  const serverTimes: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 35; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie: session } });
    const html = await res.text();
    if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
    if (i >= 5) serverTimes.push(performance.now() - t0);
    bytes = Buffer.byteLength(html);
  }

  const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const context = await browser.newContext();
  const [name, value] = session.split("=") as [string, string];
  await context.addCookies([{ name, value, url: base }]);
  const loads: { listed: number; dcl: number; load: number }[] = [];
  for (let i = 0; i < 6; i++) {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(url);
    await page.getByRole("region", { name: "Claims", exact: true }).getByRole("listitem").nth(claimCount - 1).waitFor();
    await page.locator("mark").first().waitFor();
    const listed = performance.now() - t0;
    const nav = await page.evaluate(() => {
      const [entry] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
      return { dcl: entry!.domContentLoadedEventEnd, load: entry!.loadEventEnd };
    });
    if (i > 0) loads.push({ listed, ...nav });
    await page.close();
  }
  await browser.close();

  console.log(`Article page with ${seeded.claims} claims over ${seeded.chars.toLocaleString("en")} characters (production build, PGlite)`);
  console.log("| measure | median ms | p95 ms |");
  console.log("| --- | --- | --- |");
  console.log(`| server render, GET (HTML ${(bytes / 1024).toFixed(0)} KiB) | ${median(serverTimes).toFixed(1)} | ${p95(serverTimes).toFixed(1)} |`);
  console.log(`| Chromium: DOMContentLoaded | ${median(loads.map((l) => l.dcl)).toFixed(1)} | ${p95(loads.map((l) => l.dcl)).toFixed(1)} |`);
  console.log(`| Chromium: load event | ${median(loads.map((l) => l.load)).toFixed(1)} | ${p95(loads.map((l) => l.load)).toFixed(1)} |`);
  console.log(`| Chromium: all ${claimCount} claims listed and highlighted | ${median(loads.map((l) => l.listed)).toFixed(1)} | ${p95(loads.map((l) => l.listed)).toFixed(1)} |`);
} finally {
  process.kill(-server.pid!, "SIGTERM");
}
