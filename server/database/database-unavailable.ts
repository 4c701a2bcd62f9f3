// Tells "PostgreSQL cannot be reached" (stopped, restarting, network gone, no free connection)
// apart from every other failure, so a request can answer 503 "try again" rather than 500.
// Prisma wraps the driver's error (meta.driverAdapterError, cause); the chain is searched.
import type { PrismaClient } from "../generated/prisma/client";

const unreachableKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Prisma: can't reach, timed out, server closed the connection, no connection from the pool in time.
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// PostgreSQL: connection exceptions (08…) and shutdown or start-up in progress (57P01-57P03).
const postgresCodes = /^(08\d{3}|57P0[123])$/;
const socketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
const driverMessages = /Connection terminated|Can't reach database server|Server has closed the connection|Connection ended unexpectedly/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 6 || typeof error !== "object" || error === null) return false;
  const { code, kind, message, cause, meta, driverAdapterError } = error as Record<string, unknown>;
  if (typeof kind === "string" && unreachableKinds.has(kind)) return true;
  if (typeof code === "string" && (prismaCodes.has(code) || postgresCodes.test(code) || socketCodes.has(code))) return true;
  if (typeof message === "string" && driverMessages.test(message)) return true;
  return [cause, meta, driverAdapterError].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

export const databaseUnavailableMessage = "The database cannot be reached right now, so this was not done. Try again in a moment.";

/** A streamed answer's status goes out with its first bytes, often before its first query: asked
 * first, an unreachable database still gets the 503 rather than a download cut short. */
export async function ensureDatabaseReachable(prisma: PrismaClient) {
  await prisma.$queryRaw`SELECT 1`;
}
