// Prisma's WebAssembly schema engine, for development tooling only (creating migrations, checking
// drift): the CLI's native engine is a download this machine cannot make.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createPglite } from "./create-pglite";
import { migrationsDir, readMigrations } from "./migrations-folder";

const require = createRequire(import.meta.url);
const schemaPath = path.join(process.cwd(), "prisma", "schema.prisma");

type DiffTarget =
  | { tag: "empty" }
  | { tag: "schemaDatamodel"; files: { path: string; content: string }[] }
  | {
      tag: "migrations";
      baseDir: string;
      lockfile: { path: string; content: string | null };
      shadowDbInitScript: string;
      migrationDirectories: { path: string; migrationFile: { path: string; content: { tag: "ok"; value: string } } }[];
    };

type Engine = { runCommand(command: "diff", input: unknown): Promise<{ stdout?: string; exitCode: number }> };

// @prisma/internals looks for the engine's .wasm in its own build folder, which it does not ship;
// the file comes with the @prisma/schema-engine-wasm version it depends on.
function provideEngineWasm() {
  const internalsDir = path.dirname(require.resolve("@prisma/internals/package.json"));
  const target = path.join(internalsDir, "build", "schema_engine_bg.wasm");
  if (existsSync(target)) return;
  const runtime = createRequire(path.join(internalsDir, "package.json")).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(path.join(path.dirname(runtime), "schema_engine_bg.wasm"), target);
}

async function withEngine<T>(work: (engine: Engine) => Promise<T>): Promise<T> {
  provideEngineWasm();
  const { SchemaEngineWasm } = require("@prisma/migrate/dist/SchemaEngineWasm.js");
  const pglite = await createPglite();
  // The adapter's own shadow database is a bare PGlite, without the extensions migrations create.
  const shadow = await createPglite();
  try {
    const factory = new PrismaPGlite(pglite);
    factory.connectToShadowDb = () => new PrismaPGlite(shadow).connect();
    const adapter = bindMigrationAwareSqlAdapterFactory(factory);
    const engine = (await SchemaEngineWasm.setup({ adapter, schemaContext: undefined })) as Engine;
    return await work(engine);
  } finally {
    await Promise.all([pglite.close(), shadow.close()]);
  }
}

export function currentSchema(): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] };
}

export function migrationHistory(dir = migrationsDir): DiffTarget {
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    tag: "migrations",
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: readMigrations(dir).map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
    })),
  };
}

/** The SQL that takes a database from `from` to `to`; empty when they agree. */
export function diffSql(from: DiffTarget, to: DiffTarget): Promise<string> {
  return withEngine(async (engine) => {
    const result = await engine.runCommand("diff", {
      from,
      to,
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? "";
    return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? "" : sql;
  });
}
