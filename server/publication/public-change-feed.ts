// Reads the public change log for the app servers' caches: recent rows by the database's own
// clock, so servers whose clocks differ, and transactions that commit out of id order, are seen.
import type { PrismaClient } from "../generated/prisma/client";

export const changeWindowSeconds = 60;

export async function recentPublicChanges(prisma: PrismaClient): Promise<{ id: number; tags: string[] }[]> {
  return prisma.$queryRaw`SELECT "id", "tags" FROM "PublicChange" WHERE "at" > LOCALTIMESTAMP - make_interval(secs => ${changeWindowSeconds}) ORDER BY "id"`;
}

export async function prunePublicChanges(prisma: PrismaClient) {
  return prisma.$executeRaw`DELETE FROM "PublicChange" WHERE "at" < LOCALTIMESTAMP - interval '1 day'`;
}
