// Where the app's data lives, from the environment: DATABASE_URL selects PostgreSQL; without it,
// PGlite keeps its files in CLAIMTRAIL_DATA_DIR (default: ./data/pglite, git-ignored).
import path from "node:path";
import type { DatabaseTarget } from "./open-database";

export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ env.CLAIMTRAIL_DATA_DIR ?? path.join("data", "pglite")) };
}

export function describeTarget(target: DatabaseTarget) {
  if (target.kind === "pglite") return `PGlite at ${target.dataDir ?? "(memory)"}`;
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
