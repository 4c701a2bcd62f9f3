// Backup and restore of the whole database. PostgreSQL: pg_dump's custom format, restored with
// pg_restore. PGlite: its own archive of the data folder (a gzip tarball), restored into an empty
// folder. PGlite's folder belongs to one process, so it is backed up with the app stopped.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { DatabaseTarget } from "./open-database";

export class BackupError extends Error {}

/** pg_dump and pg_restore from PATH, or from the newest PostgreSQL install Debian puts in /usr/lib. */
function postgresTool(name: "pg_dump" | "pg_restore") {
  const fromPath = (process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, name)).find((file) => existsSync(file));
  if (fromPath) return fromPath;
  const debianRoot = "/usr/lib/postgresql";
  const versions = existsSync(debianRoot) ? readdirSync(debianRoot).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const installed = versions.map((v) => path.join(debianRoot, v, "bin", name)).find((file) => existsSync(file));
  if (!installed) throw new BackupError(`${name} was not found: install the PostgreSQL client tools (Debian: postgresql-client).`);
  return installed;
}

function run(command: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new BackupError(`${path.basename(command)} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

function isEmptyFolder(folder: string) {
  return !existsSync(folder) || readdirSync(folder).length === 0;
}

export async function backupDatabase(target: DatabaseTarget, file: string) {
  if (target.kind === "postgres") {
    await run(postgresTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${target.url}`]);
    return;
  }
  if (!target.dataDir || isEmptyFolder(target.dataDir)) throw new BackupError("There is no PGlite database to back up in that folder.");
  const pglite = await PGlite.create(target.dataDir);
  try {
    const archive = await pglite.dumpDataDir("gzip");
    await writeFile(file, Buffer.from(await archive.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

/** Restores into an empty database (PostgreSQL) or an empty folder (PGlite): a restore never overwrites data. */
export async function restoreDatabase(target: DatabaseTarget, file: string) {
  if (!existsSync(file)) throw new BackupError(`No backup file at ${file}.`);
  if (target.kind === "postgres") {
    await run(postgresTool("pg_restore"), ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${target.url}`, file]);
    return;
  }
  if (!target.dataDir) throw new BackupError("A PGlite restore needs a data folder.");
  if (!isEmptyFolder(target.dataDir)) {
    throw new BackupError(`${target.dataDir} is not empty: restore into an empty folder (move the current one away first).`);
  }
  const pglite = await PGlite.create(target.dataDir, { loadDataDir: new Blob([await readFile(file)]) });
  await pglite.close();
}
