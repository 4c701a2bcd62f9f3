// What anyone may read, signed in or not: published snapshots only (server/publication).
import { z } from "zod";
import { listPublicClaims, listVerdictEvents, loadPublicArticle, loadPublicClaim } from "../publication/public-claims";
import { publicSearchInput, searchPublished } from "../search/search-public";
import { publicProcedure, router } from "../trpc";
import { ratings } from "../workflow/workflow-labels";
import { pageInput } from "./pagination";

const slugInput = z.object({ slug: z.string().min(1).max(200) });
const listInput = pageInput.and(z.object({ rating: z.enum([...ratings, "withdrawn"]).optional() }).default({}));

export const publicRouter = router({
  claims: publicProcedure.input(listInput).query(({ ctx, input }) => listPublicClaims(ctx.prisma, input)),
  claim: publicProcedure.input(slugInput).query(({ ctx, input }) => loadPublicClaim(ctx.prisma, input.slug)),
  article: publicProcedure.input(slugInput).query(({ ctx, input }) => loadPublicArticle(ctx.prisma, input.slug)),
  verdictEvents: publicProcedure.query(({ ctx }) => listVerdictEvents(ctx.prisma)),
  search: publicProcedure.input(publicSearchInput).query(({ ctx, input }) => searchPublished(ctx.prisma, input)),
});
