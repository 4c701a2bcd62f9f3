// Opens Claimtrail's database: PostgreSQL when a URL is given, otherwise embedded PGlite
// (on disk in a data folder, or in memory for tests). One place decides; everything else gets
// a Prisma client, a raw SQL runner and the driver itself (for pg-boss) over the same connection.
import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { createPglite } from "./create-pglite";
import { pgliteRunner, poolRunner, type SqlRunner } from "./sql-runner";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | null };

export type DatabaseDriver = { kind: "postgres"; pool: pg.Pool } | { kind: "pglite"; pglite: PGlite };

export type Database = {
  prisma: PrismaClient;
  sql: SqlRunner;
  driver: DatabaseDriver;
  target: DatabaseTarget;
  close(): Promise<void>;
};

// One PGlite per data folder per process: the app server's job worker and Next's request handlers
// (a module graph of their own in the same process) both open the folder, and two instances on
// one folder would corrupt it. The last one to close it closes it.
type SharedPglite = { pglite: Promise<PGlite>; users: number };
const sharedPglites = ((globalThis as { claimtrailPglites?: Map<string, SharedPglite> }).claimtrailPglites ??= new Map());

async function openPglite(dataDir: string | null): Promise<{ pglite: PGlite; release(): Promise<void> }> {
  if (!dataDir) {
    const pglite = await createPglite();
    return { pglite, release: () => pglite.close() };
  }
  mkdirSync(dataDir, { recursive: true });
  const shared = sharedPglites.get(dataDir) ?? { pglite: createPglite(dataDir), users: 0 };
  sharedPglites.set(dataDir, shared);
  shared.users += 1;
  const pglite = await shared.pglite;
  return {
    pglite,
    async release() {
      shared.users -= 1;
      if (shared.users > 0) return;
      sharedPglites.delete(dataDir);
      await pglite.close();
    },
  };
}

// A burst of writes (a newsroom saving the same claim at once) queues for the pool's ten
// connections, or for PGlite's single one; Prisma's default 2 s wait for a transaction to start
// turned that queue into server errors (docs/decisions/0009-concurrent-writes.md).
const transactionOptions = { maxWait: 15_000 };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") {
    // A server that does not answer (host gone, packets dropped) fails a request after 5 s rather
    // than holding it until the client gives up. Idle connections are kept 10 minutes, not pg's
    // 10 seconds: a new server process pays for its first reads of each table (a search ran
    // 200–350 ms on a fresh connection, 20–45 ms on a used one), which a newsroom's pauses between
    // requests would otherwise make the usual case.
    const pool = new pg.Pool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 600_000 });
    // An idle connection dropped by the server (restart, failover) must not crash the process:
    // the pool replaces it on the next query.
    pool.on("error", (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions });
    return {
      prisma,
      sql: poolRunner(pool),
      driver: { kind: "postgres", pool },
      target,
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const { pglite, release } = await openPglite(target.dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions });
  return {
    prisma,
    sql: pgliteRunner(pglite),
    driver: { kind: "pglite", pglite },
    target,
    async close() {
      await prisma.$disconnect();
      await release();
    },
  };
}
