// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import { applyMigrations, MigrationError } from "../database/apply-migrations";
import { databaseTargetFromEnv, describeTarget } from "../database/config";
import { openDatabase } from "../database/open-database";

const target = databaseTargetFromEnv();
const db = await openDatabase(target);
try {
  const applied = await applyMigrations(db.sql);
  console.log(`${describeTarget(target)}: ${applied.length ? applied.join(", ") : "already up to date"}.`);
} catch (error) {
  console.error(error instanceof MigrationError ? `Migration failed: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
