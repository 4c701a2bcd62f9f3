import { handleTrpcRequest } from "@/server/http/handle-trpc-request";
import { refuseCrossSite } from "@/server/http/refuse-cross-site";
import { createRequestContext } from "@/server/request-context";

async function handler(req: Request) {
  const crossSite = refuseCrossSite(req);
  if (crossSite) return crossSite;
  return handleTrpcRequest(req, createRequestContext);
}

export { handler as GET, handler as POST };
