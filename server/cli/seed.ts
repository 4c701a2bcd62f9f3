// `npm run db:seed`: the documented way to put the demo data into a PostgreSQL database
// (production starts never seed by themselves). Migrates first; seeds only an empty database.
import { databaseTargetFromEnv, describeTarget } from "../database/config";
import { openDatabase } from "../database/open-database";
import { prepareDatabase } from "../database/prepare-database";

const target = databaseTargetFromEnv();
const db = await openDatabase(target);
try {
  const { seeded } = await prepareDatabase(db, { seedDemo: true });
  console.log(`${describeTarget(target)}: ${seeded ? "demo data seeded" : "already has users, nothing seeded"}.`);
} finally {
  await db.close();
}
