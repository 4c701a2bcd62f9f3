// Route handlers outside tRPC answer an unreachable database as tRPC does: 503 with a readable
// message and Retry-After, rather than Next's 500 page and a stack trace in the log per request.
import { databaseUnavailableMessage, isDatabaseUnavailable } from "../database/database-unavailable";

export function answerUnavailable<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return Response.json({ error: databaseUnavailableMessage }, { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } });
    }
  };
}
