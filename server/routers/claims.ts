import { listPublishedClaims } from "../claims/list-published-claims";
import { publicProcedure, router } from "../trpc";
import { pageInput } from "./pagination";

export const claimsRouter = router({
  listPublished: publicProcedure.input(pageInput).query(({ ctx, input }) => listPublishedClaims(ctx.prisma, input)),
});
