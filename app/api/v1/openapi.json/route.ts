// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the public API, feeds and embeds.
import { openApiDocument } from "@/server/publication/openapi";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(openApiDocument());
}
