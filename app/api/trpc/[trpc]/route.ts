import { handleTrpcRequest } from "@/server/http/handle-trpc-request";
import { createRequestContext } from "@/server/request-context";

const handler = (req: Request) => handleTrpcRequest(req, createRequestContext);

export { handler as GET, handler as POST };
