// The app's one database connection per server process, opened on first use.
import "server-only";
import { databaseTargetFromEnv } from "./database/config";
import { openDatabase, type Database } from "./database/open-database";

const globalForDb = globalThis as unknown as { claimtrailDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  globalForDb.claimtrailDb ??= openDatabase(databaseTargetFromEnv());
  return globalForDb.claimtrailDb;
}
