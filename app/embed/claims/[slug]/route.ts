// GET /embed/claims/<slug>: the verdict card publishers put in an iframe (framing allowed on this
// route only, next.config.ts); a 404 card for an unknown or unpublished claim.
import { getApi } from "@/app/_trpc/server";
import { embedCardHtml, missingEmbedCardHtml } from "@/server/publication/embed-card";
import { answerUnavailable } from "@/server/http/answer-unavailable";

export const dynamic = "force-dynamic";

const html = { "Content-Type": "text/html; charset=utf-8" };

export const GET = answerUnavailable(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const claim = await (await getApi()).public.claim({ slug: (await params).slug.slice(0, 200) });
  if (!claim) return new Response(missingEmbedCardHtml(), { status: 404, headers: html });
  return new Response(embedCardHtml(claim), { headers: html });
});
