// `npm run db:backup -- FILE`: writes a backup of the configured database (see docs/operations).
import { BackupError, backupDatabase } from "../database/backup";
import { databaseTargetFromEnv, describeTarget } from "../database/config";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:backup -- <file>");
  process.exit(2);
}
const target = databaseTargetFromEnv();
try {
  await backupDatabase(target, file);
  console.log(`${describeTarget(target)} backed up to ${file}.`);
} catch (error) {
  console.error(error instanceof BackupError ? `Backup failed: ${error.message}` : error);
  process.exitCode = 1;
}
