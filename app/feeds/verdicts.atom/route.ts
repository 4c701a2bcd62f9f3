// GET /feeds/verdicts.atom: every publication, revision and withdrawal of a verdict.
import { getApi } from "@/app/_trpc/server";
import { verdictFeed } from "@/server/publication/atom-feed";
import { answerUnavailable } from "@/server/http/answer-unavailable";

export const dynamic = "force-dynamic";

export const GET = answerUnavailable(async () => {
  const events = await (await getApi()).public.verdictEvents();
  return new Response(verdictFeed(events), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
});
