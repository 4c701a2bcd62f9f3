// Every PGlite the project opens (app data, tests, the schema engine's shadow database) loads the
// extensions the migrations create: PGlite ships them as contrib modules, not on disk.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/** An on-disk PGlite in `dataDir`, or an in-memory one without it. */
export function createPglite(dataDir?: string): Promise<PGlite> {
  return PGlite.create(dataDir, { extensions: { pg_trgm } });
}
