// A fresh, migrated database per test file: in-memory PGlite by default, or a throwaway
// database on the PostgreSQL server named by TEST_DATABASE_URL.
import { applyMigrations } from "../database/apply-migrations";
import { openDatabase, type Database } from "../database/open-database";
import { createScratchDatabase } from "./scratch-database";

export async function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ kind: "pglite", dataDir: null });
    await applyMigrations(db.sql);
    return db;
  }
  const scratch = await createScratchDatabase(serverUrl, "claimtrail_test");
  const db = await openDatabase({ kind: "postgres", url: scratch.url });
  await applyMigrations(db.sql);
  return {
    ...db,
    async close() {
      await db.close();
      await scratch.drop();
    },
  };
}
