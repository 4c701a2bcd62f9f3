import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../seed/seed-demo";
import { createScratchDatabase } from "../testing/scratch-database";
import { applyMigrations } from "./apply-migrations";
import { backupDatabase, restoreDatabase } from "./backup";
import { openDatabase, type DatabaseTarget } from "./open-database";

const scratch = mkdtempSync(path.join(tmpdir(), "claimtrail-backup-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every table's rows, hashed in a stable order: equal fingerprints mean equal data. */
async function fingerprint(target: DatabaseTarget) {
  const db = await openDatabase(target);
  try {
    const tables = await db.sql.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    );
    const rows: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await db.sql.query<{ count: string; digest: string | null }>(
        `SELECT count(*)::text AS count, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`,
      );
      rows[name] = `${row!.count}:${row!.digest}`;
    }
    return rows;
  } finally {
    await db.close();
  }
}

async function seeded(target: DatabaseTarget) {
  const db = await openDatabase(target);
  try {
    await applyMigrations(db.sql);
    await seedDemoData(db.prisma);
  } finally {
    await db.close();
  }
}

describe("backup and restore", () => {
  it("round-trips a PGlite folder, and refuses to restore over data", async () => {
    const original: DatabaseTarget = { kind: "pglite", dataDir: path.join(scratch, "original") };
    const restored: DatabaseTarget = { kind: "pglite", dataDir: path.join(scratch, "restored") };
    const file = path.join(scratch, "pglite.tar.gz");
    await seeded(original);
    const before = await fingerprint(original);
    expect(Number(before.Claim!.split(":")[0])).toBeGreaterThan(0);

    await backupDatabase(original, file);
    await restoreDatabase(restored, file);
    expect(await fingerprint(restored)).toEqual(before);

    await expect(restoreDatabase(original, file)).rejects.toThrow(/is not empty/);
    expect(await fingerprint(original)).toEqual(before);
  }, 120_000);

  const serverUrl = process.env.TEST_DATABASE_URL;
  it.runIf(serverUrl)("round-trips a PostgreSQL database with pg_dump and pg_restore", async () => {
    const from = await createScratchDatabase(serverUrl!, "claimtrail_backup");
    const to = await createScratchDatabase(serverUrl!, "claimtrail_restore");
    try {
      const original: DatabaseTarget = { kind: "postgres", url: from.url };
      const restored: DatabaseTarget = { kind: "postgres", url: to.url };
      const file = path.join(scratch, "postgres.dump");
      await seeded(original);
      const before = await fingerprint(original);
      await backupDatabase(original, file);
      await restoreDatabase(restored, file);
      expect(await fingerprint(restored)).toEqual(before);
      // A second restore meets existing tables: it fails as a whole and leaves the data as it was.
      await expect(restoreDatabase(restored, file)).rejects.toThrow(/pg_restore failed/);
      expect(await fingerprint(restored)).toEqual(before);
    } finally {
      await from.drop();
      await to.drop();
    }
  }, 120_000);
});
