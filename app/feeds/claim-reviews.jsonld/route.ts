// GET /feeds/claim-reviews.jsonld: every published claim review as a schema.org DataFeed, streamed.
import { textStream } from "@/server/exports/text-stream";
import { ensureDatabaseReachable } from "@/server/database/database-unavailable";
import { getDatabase } from "@/server/db";
import { claimReviewFeed } from "@/server/publication/claim-review-feed";
import { answerUnavailable } from "@/server/http/answer-unavailable";

export const dynamic = "force-dynamic";

export const GET = answerUnavailable(async () => {
  const { prisma } = await getDatabase();
  await ensureDatabaseReachable(prisma);
  return new Response(textStream(claimReviewFeed(prisma)), { headers: { "Content-Type": "application/ld+json; charset=utf-8" } });
});
