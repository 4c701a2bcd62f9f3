// GET /api/articles/<slug>/annotations.jsonld: the workspace's W3C Web Annotations of the article's claims, internal state included, streamed (journalists only).
import { articleExportResponse } from "@/server/exports/export-response";
import { createRequestContext } from "@/server/request-context";
import { answerUnavailable } from "@/server/http/answer-unavailable";

export const dynamic = "force-dynamic";

export const GET = answerUnavailable(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  return articleExportResponse(await createRequestContext(), (await params).slug, "annotations");
});
