// `npm run db:seed`: the documented way to put the demo data into a PostgreSQL database
// (production starts never seed by themselves). Migrates first; seeds only an empty database,
// with random demo passwords printed once: such a database may be reachable by anyone.
import { databaseTargetFromEnv, describeTarget } from "../database/config";
import { openDatabase } from "../database/open-database";
import { prepareDatabase } from "../database/prepare-database";
import { demoSignInsNotice } from "../seed/demo-seeding";

const target = databaseTargetFromEnv();
const db = await openDatabase(target);
try {
  const { demoSignIns } = await prepareDatabase(db, { seed: true, passwords: "random" });
  console.log(`${describeTarget(target)}: ${demoSignIns ? "demo data seeded" : "already has users, nothing seeded"}.`);
  if (demoSignIns) console.log(demoSignInsNotice(demoSignIns));
} finally {
  await db.close();
}
