// GET /sitemap.xml: the public pages, streamed.
import { textStream } from "@/server/exports/text-stream";
import { getDatabase } from "@/server/db";
import { sitemap } from "@/server/publication/sitemap";

export const dynamic = "force-dynamic";

export async function GET() {
  const { prisma } = await getDatabase();
  return new Response(textStream(sitemap(prisma)), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
