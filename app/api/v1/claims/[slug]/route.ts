// GET /api/v1/claims/<slug>: one published claim as its approved snapshot, with its history.
import { getApi } from "@/app/_trpc/server";
import { claimJson } from "@/server/publication/public-json";
import { answerUnavailable } from "@/server/http/answer-unavailable";

export const dynamic = "force-dynamic";

export const GET = answerUnavailable(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const claim = await (await getApi()).public.claim({ slug: slug.slice(0, 200) });
  if (!claim) return Response.json({ error: "No published claim has this address." }, { status: 404 });
  return Response.json(claimJson(claim));
});
