// GET /feeds/claim-reviews.jsonld: every published claim review as a schema.org DataFeed, streamed.
import { textStream } from "@/server/exports/text-stream";
import { getDatabase } from "@/server/db";
import { claimReviewFeed } from "@/server/publication/claim-review-feed";

export const dynamic = "force-dynamic";

export async function GET() {
  const { prisma } = await getDatabase();
  return new Response(textStream(claimReviewFeed(prisma)), { headers: { "Content-Type": "application/ld+json; charset=utf-8" } });
}
