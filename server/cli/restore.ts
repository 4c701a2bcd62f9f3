// `npm run db:restore -- FILE`: restores a backup into the configured database, which must be empty.
import { BackupError, restoreDatabase } from "../database/backup";
import { databaseTargetFromEnv, describeTarget } from "../database/config";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:restore -- <file>");
  process.exit(2);
}
const target = databaseTargetFromEnv();
try {
  await restoreDatabase(target, file);
  console.log(`${file} restored into ${describeTarget(target)}.`);
} catch (error) {
  console.error(error instanceof BackupError ? `Restore failed: ${error.message}` : error);
  process.exitCode = 1;
}
