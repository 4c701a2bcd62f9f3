// Applies pending migrations at start-up, on PGlite and PostgreSQL alike, recording them in
// Prisma's `_prisma_migrations` table so an online `prisma migrate deploy` sees the same history.
// Each migration runs in its own transaction: a failing one leaves the database as it was.
import { randomUUID } from "node:crypto";
import type { SqlRunner } from "./sql-runner";
import { readMigrations, type MigrationFile } from "./migrations-folder";

const createHistoryTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

export async function applyMigrations(db: SqlRunner, migrations: MigrationFile[] = readMigrations()) {
  await db.exec(createHistoryTable);
  const applied = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const byName = new Map(applied.map((row) => [row.migration_name, row]));
  const known = new Set(migrations.map((m) => m.name));
  const unknown = applied.filter((row) => !known.has(row.migration_name)).map((row) => row.migration_name);
  if (unknown.length > 0) {
    throw new MigrationError(`the database has migrations this code does not know: ${unknown.join(", ")}`);
  }

  const newlyApplied: string[] = [];
  for (const migration of migrations) {
    const row = byName.get(migration.name);
    if (row?.finished_at) {
      if (row.checksum !== migration.checksum) {
        throw new MigrationError(`migration ${migration.name} was edited after it was applied`);
      }
      continue;
    }
    if (row) throw new MigrationError(`migration ${migration.name} failed earlier and needs attention`);
    try {
      await db.transaction(async (tx) => {
        // Several app servers may start at once against one PostgreSQL: one applies, the rest wait.
        await tx.query("SELECT pg_advisory_xact_lock(7270736)");
        const done = await tx.query(
          `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL`,
          [migration.name],
        );
        if (done.length > 0) return;
        await tx.exec(migration.sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new MigrationError(`migration ${migration.name} failed and was rolled back: ${reason}`);
    }
    newlyApplied.push(migration.name);
  }
  return newlyApplied;
}
