// GET /api/articles/<slug>/claims.csv: the workspace's CSV of the article's claims, streamed (journalists only).
import { articleExportResponse } from "@/server/exports/export-response";
import { createRequestContext } from "@/server/request-context";
import { answerUnavailable } from "@/server/http/answer-unavailable";

export const dynamic = "force-dynamic";

export const GET = answerUnavailable(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  return articleExportResponse(await createRequestContext(), (await params).slug, "csv");
});
