// Generates the Prisma client (server/generated/prisma). The generator needs no schema engine,
// but the CLI tries to download one unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file:
// pointing it at this script keeps `prisma generate` working offline.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: "inherit",
  env: { PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url), ...process.env },
});
process.exit(result.status ?? 1);
