import { linkClaims, linkClaimsInput, unlinkClaim, unlinkClaimInput } from "../claim-groups/link-claims";
import { claimGroupIdInput, loadClaimGroup } from "../claim-groups/load-claim-group";
import { findSimilarClaims, similarClaimsInput } from "../matching/find-similar-claims";
import { journalistProcedure, router } from "../trpc";

export const claimGroupsRouter = router({
  similar: journalistProcedure.input(similarClaimsInput).query(({ ctx, input }) => findSimilarClaims(ctx.prisma, input)),
  link: journalistProcedure.input(linkClaimsInput).mutation(({ ctx, input }) => linkClaims(ctx.prisma, ctx.user.id, input)),
  unlink: journalistProcedure.input(unlinkClaimInput).mutation(({ ctx, input }) => unlinkClaim(ctx.prisma, ctx.user.id, input)),
  show: journalistProcedure.input(claimGroupIdInput).query(({ ctx, input }) => loadClaimGroup(ctx.prisma, input.groupId)),
});
