// `npm start` / `npm run dev`: prepares the database (migrations, demo data: server/seed/demo-seeding.ts), starts the
// monitoring worker, then serves Next.js — a production build (built first when missing) behind
// the public page cache, or, with --dev, the dev server without it.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { trustedProxyHopsFromEnv } from "../auth/client-address";
import { MigrationError } from "../database/apply-migrations";
import { databaseTargetFromEnv, describeTarget } from "../database/config";
import { openDatabase, type DatabaseTarget } from "../database/open-database";
import { prepareDatabase } from "../database/prepare-database";
import { allowListFromEnv } from "../import/guard-address";
import { startCheckWorker } from "../monitoring/start-check-worker";
import { watchScheduleFromEnv } from "../monitoring/watch-schedule";
import { createAppServer } from "../publication/serve-app";
import { demoSeedingFor, demoSignInsNotice, listenHostFromEnv } from "../seed/demo-seeding";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

function fail(reason: string): never {
  console.error(`Claimtrail cannot start: ${reason}`);
  process.exit(1);
}

// On PGlite the signing secret is made once and kept beside the data; a server with
// DATABASE_URL is a real deployment and must be given one.
function authSecret(target: DatabaseTarget): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (target.kind === "postgres" || !target.dataDir) fail("set NEXTAUTH_SECRET (for example: openssl rand -base64 32).");
  const file = path.join(path.dirname(target.dataDir), `${path.basename(target.dataDir)}.auth-secret`);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const target = databaseTargetFromEnv();
const secret = authSecret(target);
const host = listenHostFromEnv(process.env);
try {
  trustedProxyHopsFromEnv();
} catch (error) {
  fail((error as Error).message);
}
const db = await openDatabase(target);
try {
  // NODE_ENV as the caller set it: this script sets "production" for Next further down.
  const { applied, demoSignIns } = await prepareDatabase(db, demoSeedingFor(target.kind, host, process.env));
  console.log(`${describeTarget(target)}: ${applied.length} migration(s) applied${demoSignIns ? ", demo data seeded" : ""}.`);
  if (demoSignIns) console.log(demoSignInsNotice(demoSignIns));
} catch (error) {
  fail(error instanceof MigrationError ? error.message : `the database is not usable: ${(error as Error).message}`);
}
// The worker keeps this connection; Next's handlers open their own (on PGlite, the same instance).
const monitoring = await startCheckWorker(db, { schedule: watchScheduleFromEnv(), allowList: allowListFromEnv() }).catch((error: Error) =>
  fail(`monitoring could not start: ${error.message}`),
);

Object.assign(process.env, {
  NEXTAUTH_SECRET: secret,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
});

if (!dev && !existsSync(path.join(".next", "BUILD_ID"))) {
  console.log("No production build yet: building it once (npm run build).");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) fail("the production build failed.");
}

// Imported only now: Next reads NODE_ENV and its configuration when it loads.
if (!dev) (process.env as Record<string, string>).NODE_ENV = "production";
const { default: next } = await import("next");
const app = next({ dev, dir: process.cwd(), port: Number(port) });
await app.prepare();
const server = createAppServer({ handle: app.getRequestHandler(), port: Number(port), cache: !dev });
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(Number(port), host, () => console.log(`Claimtrail is serving ${process.env.NEXTAUTH_URL} (listening on ${host}, port ${port})`));
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    // With the database out of reach, stopping the job worker can wait forever (seen: servers
    // left spinning after their database was gone): leave after 10 s regardless.
    setTimeout(() => process.exit(1), 10_000).unref();
    server.close();
    // A check under way finishes (or is handed back to the queue) before the database closes.
    await monitoring.stop().catch((error: Error) => console.warn(`Monitoring did not stop cleanly: ${error.message}`));
    await db.close();
    process.exit(0);
  });
}
