// What every start does before serving: apply pending migrations, then seed the demo data
// when asked to and the database is empty.
import { seedDemoData } from "../seed/seed-demo";
import { applyMigrations } from "./apply-migrations";
import type { Database } from "./open-database";

export async function prepareDatabase(db: Database, { seedDemo }: { seedDemo: boolean }) {
  const applied = await applyMigrations(db.sql);
  const seeded = seedDemo ? await seedDemoData(db.prisma) : false;
  return { applied, seeded };
}
