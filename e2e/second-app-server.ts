// A second app server on the e2e run's PostgreSQL database, for specs that check several servers
// behave as one. Only with TEST_DATABASE_URL: one PGlite folder is opened by one process.
import { spawn } from "node:child_process";
import { fixtureSitesEnv } from "./fixture-sites";

export const e2eDatabaseName = "claimtrail_e2e";

// Every app server of the run signs session cookies with the same secret, as a deployment's
// servers do, so a session made on one is read (and its revocation seen) on the other.
export const e2eAuthSecret = "claimtrail-e2e-only-secret-never-deployed";

export function e2eDatabaseUrl(): string | null {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return null;
  const url = new URL(serverUrl);
  url.pathname = `/${e2eDatabaseName}`;
  return url.toString();
}

/** Another app server on the e2e database, reached directly or through `databaseUrl` (a proxy to it). */
export async function startSecondAppServer(port: number, databaseUrl = e2eDatabaseUrl()) {
  if (!databaseUrl) throw new Error("a second app server needs TEST_DATABASE_URL");
  const child = spawn("npx", ["tsx", "server/cli/start.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    env: { ...process.env, ...fixtureSitesEnv, PORT: String(port), DATABASE_URL: databaseUrl, NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: e2eAuthSecret, CLAIMTRAIL_SEED_DEMO: "" },
  });
  const origin = `http://localhost:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!child.pid || child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      process.kill(-child.pid, "SIGTERM");
    });
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${origin}/api/v1/claims`).then((r) => r.ok, () => false)) return { origin, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the second app server did not answer on ${origin} within 150 s`);
}
