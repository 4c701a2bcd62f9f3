// pg-boss's `db` option over the app's own connection, so jobs need no second pool: the
// PostgreSQL pool as pg-boss would use it, or the one PGlite connection (PGlite queues every
// query and transaction behind its own lock, so pg-boss and Prisma take turns on it).
import type PgBoss from "pg-boss";
import type { DatabaseDriver } from "../database/open-database";
import type { Prisma } from "../generated/prisma/client";

export function pgBossDatabase(driver: DatabaseDriver): PgBoss.Db {
  if (driver.kind === "postgres") {
    return { executeSql: (text, values) => driver.pool.query(text, values) };
  }
  const { pglite } = driver;
  return {
    async executeSql(text: string, values?: unknown[]) {
      // pg-boss sends its schema changes and maintenance as one script (BEGIN; …; COMMIT;) without
      // parameters: a script needs the simple query protocol, PGlite's exec, which returns one
      // result per statement.
      if (!values || values.length === 0) {
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      return pglite.query(text, values);
    },
  };
}

/**
 * pg-boss's `db` option for one call made inside a Prisma transaction, so a job is created or
 * cancelled atomically with the rows that refer to it. Values are passed as node-postgres would
 * send them: objects as JSON, nothing undefined.
 */
export function pgBossInTransaction(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const parameters = values.map((value) => (value === undefined ? null : isJsonObject(value) ? JSON.stringify(value) : value));
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...parameters) };
    },
  };
}

const isJsonObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
