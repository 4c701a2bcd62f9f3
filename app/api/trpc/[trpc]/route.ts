import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { limitRequestBody } from "@/server/http/limit-request-body";
import { refuseCrossSite } from "@/server/http/refuse-cross-site";
import { createRequestContext } from "@/server/request-context";
import { appRouter } from "@/server/routers/app-router";

async function handler(req: Request) {
  const crossSite = refuseCrossSite(req);
  if (crossSite) return crossSite;
  const limited = await limitRequestBody(req);
  if (limited instanceof Response) return limited;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: limited,
    router: appRouter,
    createContext: createRequestContext,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path}:`, error);
    },
  });
}

export { handler as GET, handler as POST };
