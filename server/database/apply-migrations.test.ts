import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/test-database";
import { applyMigrations, MigrationError } from "./apply-migrations";
import type { Database } from "./open-database";
import { readMigrations } from "./migrations-folder";

let db: Database;
afterEach(() => db?.close());

const step = (name: string, sql: string) => ({ name, sql, checksum: `sum-${name}-${sql.length}` });

describe("applyMigrations", () => {
  it("applies the project's migrations once and records them as Prisma does", async () => {
    db = await createTestDatabase();
    expect(await applyMigrations(db.sql)).toEqual([]);
    const rows = await db.sql.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  });

  it("rolls a failing migration back whole and refuses to go on", async () => {
    db = await createTestDatabase();
    const good = step("30000101000000_good", `CREATE TABLE "Probe" (id int);`);
    const bad = step("30000101000001_bad", `ALTER TABLE "Probe" ADD COLUMN note text; SELECT * FROM "NoSuchTable";`);
    const migrations = [...readMigrations(), good, bad];
    await expect(applyMigrations(db.sql, migrations)).rejects.toThrow(MigrationError);
    await expect(applyMigrations(db.sql, migrations)).rejects.toThrow(/30000101000001_bad failed and was rolled back/);
    const columns = await db.sql.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'Probe'`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(["id"]);
  });

  it("refuses a migration edited after it was applied", async () => {
    db = await createTestDatabase();
    const [first, ...rest] = readMigrations();
    await expect(applyMigrations(db.sql, [{ ...first!, checksum: "edited" }, ...rest])).rejects.toThrow(/was edited/);
  });
});
