// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that takes the existing migrations to the current schema.prisma (no downloaded engine).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrationsDir } from "../database/migrations-folder";
import { currentSchema, diffSql, migrationHistory } from "../database/schema-engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name in lower_snake_case>");
  process.exit(2);
}

const sql = await diffSql(migrationHistory(), currentSchema());
if (!sql) {
  console.log("schema.prisma and the migrations already agree: nothing to create.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, "migration.sql"), sql);
console.log(`created ${path.relative(process.cwd(), folder)}/migration.sql; run \`npm run db:generate\` for the client.`);
