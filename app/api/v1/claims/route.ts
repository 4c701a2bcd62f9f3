// GET /api/v1/claims: published claims, newest first, a page at a time (cursor from `next`).
import { z } from "zod";
import { getApi } from "@/app/_trpc/server";
import { claimSummaryJson } from "@/server/publication/public-json";
import { publicSite } from "@/server/publication/site";
import { ratings } from "@/server/workflow/workflow-labels";
import { answerUnavailable } from "@/server/http/answer-unavailable";

export const dynamic = "force-dynamic";

const query = z.object({
  // A claim id (cuid) from a `next` link: anything else, a NUL byte included, is refused here.
  cursor: z.string().regex(/^[a-z0-9]{1,100}$/i, { error: "cursor must be the one given in a `next` link." }).optional(),
  limit: z.coerce.number({ error: "limit must be a number from 1 to 100." }).int().min(1).max(100).default(20),
  rating: z.enum([...ratings, "withdrawn"], { error: `rating must be one of: ${[...ratings, "withdrawn"].join(", ")}.` }).optional(),
});

export const GET = answerUnavailable(async (request: Request) => {
  const url = new URL(request.url);
  const parsed = query.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid query." }, { status: 400 });
  }
  const page = await (await getApi()).public.claims(parsed.data);
  const site = publicSite();
  const next = page.nextCursor
    ? `${site.url}/api/v1/claims?${new URLSearchParams({ ...(parsed.data.rating ? { rating: parsed.data.rating } : {}), limit: String(parsed.data.limit), cursor: page.nextCursor })}`
    : null;
  return Response.json({ items: page.items.map((item) => claimSummaryJson(item, site)), next });
});
