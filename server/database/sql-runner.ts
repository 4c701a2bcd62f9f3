// The few raw-SQL operations that run before Prisma Client is usable (migrations, test setup),
// over either PGlite or a node-postgres pool.
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Pool, PoolClient } from "pg";

export type SqlRunner = {
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
};

export function pgliteRunner(db: PGlite | Transaction): SqlRunner {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<Row>(sql: string, params?: unknown[]) {
      return (await db.query<Row>(sql, params)).rows;
    },
    async transaction(work) {
      if (!("transaction" in db)) throw new Error("nested transactions are not supported");
      return db.transaction((tx) => work(pgliteRunner(tx)));
    },
  };
}

function clientRunner(client: PoolClient): SqlRunner {
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query<Row>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as Row[];
    },
    async transaction() {
      throw new Error("nested transactions are not supported");
    },
  };
}

export function poolRunner(pool: Pool): SqlRunner {
  return {
    async exec(sql) {
      await pool.query(sql);
    },
    async query<Row>(sql: string, params?: unknown[]) {
      return (await pool.query(sql, params)).rows as Row[];
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(clientRunner(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
