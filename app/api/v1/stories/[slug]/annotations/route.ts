// GET /api/v1/stories/<slug>/annotations: the article's published claims as W3C Web Annotations.
import { textStream } from "@/server/exports/text-stream";
import { annotationMediaType } from "@/server/exports/web-annotation";
import { getDatabase } from "@/server/db";
import { publicAnnotations } from "@/server/publication/public-annotations";
import { answerUnavailable } from "@/server/http/answer-unavailable";

export const dynamic = "force-dynamic";

export const GET = answerUnavailable(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { prisma } = await getDatabase();
  const collection = await publicAnnotations(prisma, (await params).slug.slice(0, 200));
  if (!collection) return Response.json({ error: "No published story has this address." }, { status: 404 });
  return new Response(textStream(collection), { headers: { "Content-Type": annotationMediaType } });
});
