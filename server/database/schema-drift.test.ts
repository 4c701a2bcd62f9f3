import { expect, it } from "vitest";
import { currentSchema, diffSql, migrationHistory } from "./schema-engine";

it("schema.prisma and prisma/migrations describe the same database", async () => {
  const missing = await diffSql(migrationHistory(), currentSchema());
  expect(missing, "schema.prisma changed without a migration: run `npm run db:migration -- <name>`").toBe("");
}, 60_000);
