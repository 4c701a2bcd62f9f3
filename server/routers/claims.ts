import { claimIdInput, createClaimInput, mergeClaimsInput, updateClaimInput } from "../claims/claim-schemas";
import { createClaim } from "../claims/create-claim";
import { acceptSuggestion, dismissSuggestion, suggestionIdInput } from "../claims/decide-suggestion";
import { setClaimDeleted } from "../claims/delete-claim";
import { listMyClaims } from "../claims/list-my-claims";
import { loadClaimDetails } from "../claims/load-claim-details";
import { mergeClaims } from "../claims/merge-claims";
import { updateClaim } from "../claims/update-claim";
import { addComment, addCommentInput } from "../comments/add-comment";
import { journalistProcedure, router } from "../trpc";
import { correctAnchorInput } from "../versions/anchor-correction-schemas";
import { correctAnchor } from "../versions/correct-anchor";
import { listAnchorCandidates } from "../versions/list-anchor-candidates";

export const claimsRouter = router({
  mine: journalistProcedure.query(({ ctx }) => listMyClaims(ctx.prisma, ctx.user.id)),
  details: journalistProcedure.input(claimIdInput).query(({ ctx, input }) => loadClaimDetails(ctx.prisma, input.claimId)),
  create: journalistProcedure.input(createClaimInput).mutation(({ ctx, input }) => createClaim(ctx.prisma, ctx.user.id, input)),
  update: journalistProcedure.input(updateClaimInput).mutation(({ ctx, input }) => updateClaim(ctx.prisma, ctx.user.id, input)),
  delete: journalistProcedure
    .input(claimIdInput)
    .mutation(({ ctx, input }) => setClaimDeleted(ctx.prisma, ctx.user.id, input.claimId, true)),
  restore: journalistProcedure
    .input(claimIdInput)
    .mutation(({ ctx, input }) => setClaimDeleted(ctx.prisma, ctx.user.id, input.claimId, false)),
  merge: journalistProcedure
    .input(mergeClaimsInput)
    .mutation(({ ctx, input }) => mergeClaims(ctx.prisma, ctx.user.id, input.keepClaimId, input.mergeClaimId)),
  comment: journalistProcedure.input(addCommentInput).mutation(({ ctx, input }) => addComment(ctx.prisma, ctx.user.id, input)),
  acceptSuggestion: journalistProcedure
    .input(suggestionIdInput)
    .mutation(({ ctx, input }) => acceptSuggestion(ctx.prisma, ctx.user.id, input.suggestionId)),
  dismissSuggestion: journalistProcedure
    .input(suggestionIdInput)
    .mutation(({ ctx, input }) => dismissSuggestion(ctx.prisma, ctx.user.id, input.suggestionId)),
  anchorCandidates: journalistProcedure.input(claimIdInput).query(({ ctx, input }) => listAnchorCandidates(ctx.prisma, input.claimId)),
  correctAnchor: journalistProcedure.input(correctAnchorInput).mutation(({ ctx, input }) => correctAnchor(ctx.prisma, ctx.user.id, input)),
});
