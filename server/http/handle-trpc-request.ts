// Answers a tRPC request over HTTP: the body size limit, then the app router with the context the
// caller builds (the signed-in user's in the app, a test user's in tests).
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "../routers/app-router";
import { unavailableDatabaseError, type Context } from "../trpc";
import { limitRequestBody } from "./limit-request-body";
import { maxBatchSize } from "./trpc-batch-size";

export async function handleTrpcRequest(req: Request, createContext: () => Promise<Context>) {
  const limited = await limitRequestBody(req);
  if (limited instanceof Response) return limited;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: limited,
    router: appRouter,
    // The session is looked up before any procedure runs: an outage there is a 503 too.
    createContext: () => createContext().catch((error: unknown) => Promise.reject(unavailableDatabaseError(error) ?? error)),
    maxBatchSize,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path}:`, error);
      if (error.code === "SERVICE_UNAVAILABLE") console.warn(`tRPC ${path}: the database is unreachable`);
    },
  });
}
