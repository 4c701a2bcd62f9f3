// A throwaway database on a PostgreSQL server, for test runs that must not share data.
import { randomBytes } from "node:crypto";
import pg from "pg";

async function onServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database named `prefix_<random>`, or exactly `name` (recreated empty) when given. */
export async function createScratchDatabase(serverUrl: string, prefix: string, { fixedName = false } = {}) {
  const name = fixedName ? prefix : `${prefix}_${randomBytes(6).toString("hex")}`;
  if (fixedName) await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
