// For this app server's own public page cache only (server/publication/serve-app.ts): answers a
// request carrying the per-process token the cache was started with, and nothing else.
import { timingSafeEqual } from "node:crypto";
import { getDatabase } from "@/server/db";
import { answerUnavailable } from "@/server/http/answer-unavailable";
import { prunePublicChanges, recentPublicChanges } from "@/server/publication/public-change-feed";
import { internalTokenHeader } from "@/server/publication/public-routes";

export const dynamic = "force-dynamic";

function fromOwnCache(request: Request) {
  const expected = process.env.CLAIMTRAIL_INTERNAL_TOKEN;
  const given = request.headers.get(internalTokenHeader);
  if (!expected || !given || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

// Polled twice a second: an outage answers 503, without a stack trace in the log each time.
export const GET = answerUnavailable(async (request: Request) => {
  if (!fromOwnCache(request)) return new Response("Not found", { status: 404 });
  const { prisma } = await getDatabase();
  if (new URL(request.url).searchParams.has("prune")) await prunePublicChanges(prisma);
  return Response.json({ changes: await recentPublicChanges(prisma) }, { headers: { "Cache-Control": "no-store" } });
});
