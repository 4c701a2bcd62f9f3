import { createSource, linkSource, searchSources, unlinkSource } from "../sources/manage-sources";
import { createSourceInput, linkSourceInput, searchSourcesInput, unlinkSourceInput } from "../sources/source-schemas";
import { journalistProcedure, router } from "../trpc";

export const sourcesRouter = router({
  search: journalistProcedure.input(searchSourcesInput).query(({ ctx, input }) => searchSources(ctx.prisma, input.query)),
  create: journalistProcedure.input(createSourceInput).mutation(({ ctx, input }) => createSource(ctx.prisma, ctx.user.id, input)),
  link: journalistProcedure.input(linkSourceInput).mutation(({ ctx, input }) => linkSource(ctx.prisma, ctx.user.id, input)),
  unlink: journalistProcedure
    .input(unlinkSourceInput)
    .mutation(({ ctx, input }) => unlinkSource(ctx.prisma, ctx.user.id, input.claimId, input.sourceId)),
});
