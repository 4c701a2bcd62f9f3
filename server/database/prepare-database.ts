// What every start does before serving: apply pending migrations, then seed the demo data
// when asked to and the database is empty. PGlite runs no autovacuum, so its planner statistics
// are gathered here: without them a 100,000-claim table is planned as if it were empty.
import type { DemoSeeding } from "../seed/demo-seeding";
import { seedDemoData } from "../seed/seed-demo";
import { applyMigrations } from "./apply-migrations";
import type { Database } from "./open-database";

export async function prepareDatabase(db: Database, demo: DemoSeeding) {
  const applied = await applyMigrations(db.sql);
  const demoSignIns = demo.seed ? await seedDemoData(db.prisma, { passwords: demo.passwords }) : null;
  if (db.driver.kind === "pglite") await db.driver.pglite.exec("ANALYZE");
  return { applied, demoSignIns };
}
