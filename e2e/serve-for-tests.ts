// Starts the production build for the e2e run on a database of its own: a fresh PGlite folder,
// or, when TEST_DATABASE_URL names a PostgreSQL server, a fresh database there with the demo data.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { createScratchDatabase } from "../server/testing/scratch-database";
import { e2eAuthSecret, e2eDatabaseName } from "./second-app-server";

const env: NodeJS.ProcessEnv = { ...process.env, NEXTAUTH_SECRET: e2eAuthSecret };
const serverUrl = process.env.TEST_DATABASE_URL;
// One fixed name, recreated at each start: a run whose server was killed leaves at most this behind.
const scratch = serverUrl ? await createScratchDatabase(serverUrl, e2eDatabaseName, { fixedName: true }) : null;
if (scratch) {
  Object.assign(env, { DATABASE_URL: scratch.url, CLAIMTRAIL_SEED_DEMO: "1" });
} else {
  const dataDir = path.resolve("data", "e2e", "pglite");
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  Object.assign(env, { CLAIMTRAIL_DATA_DIR: dataDir });
  delete env.DATABASE_URL;
}

const server = spawn("npx", ["tsx", "server/cli/start.ts"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
