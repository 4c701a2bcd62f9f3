// Prisma 7 reads its configuration here. The app itself never uses the CLI's connection:
// server/db.ts picks PGlite or PostgreSQL, and server/database/ applies the migrations.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx server/cli/seed.ts" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
