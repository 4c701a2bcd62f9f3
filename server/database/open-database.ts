// Opens Claimtrail's database: PostgreSQL when a URL is given, otherwise embedded PGlite
// (on disk in a data folder, or in memory for tests). One place decides; everything else gets
// a Prisma client and a raw SQL runner over the same connection.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { pgliteRunner, poolRunner, type SqlRunner } from "./sql-runner";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | null };

export type Database = {
  prisma: PrismaClient;
  sql: SqlRunner;
  target: DatabaseTarget;
  close(): Promise<void>;
};

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process:
    // the pool replaces it on the next query.
    pool.on("error", (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      prisma,
      sql: poolRunner(pool),
      target,
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const pglite = target.dataDir ? await PGlite.create(target.dataDir) : await PGlite.create();
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    sql: pgliteRunner(pglite),
    target,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
