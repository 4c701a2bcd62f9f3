// GET /sitemap.xml: the public pages, streamed.
import { textStream } from "@/server/exports/text-stream";
import { ensureDatabaseReachable } from "@/server/database/database-unavailable";
import { getDatabase } from "@/server/db";
import { sitemap } from "@/server/publication/sitemap";
import { answerUnavailable } from "@/server/http/answer-unavailable";

export const dynamic = "force-dynamic";

export const GET = answerUnavailable(async () => {
  const { prisma } = await getDatabase();
  await ensureDatabaseReachable(prisma);
  return new Response(textStream(sitemap(prisma)), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
});
