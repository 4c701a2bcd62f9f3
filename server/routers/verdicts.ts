import { countReviewQueue, loadReviewQueue } from "../workflow/review-queue";
import { proposeVerdict } from "../workflow/propose-verdict";
import { approveVerdict, requestChanges } from "../workflow/review-verdict";
import {
  approveVerdictInput,
  claimIdOnlyInput,
  proposeVerdictInput,
  requestChangesInput,
  withdrawVerdictInput,
} from "../workflow/verdict-schemas";
import { confirmVerdictStillHolds, withdrawVerdict } from "../workflow/withdraw-verdict";
import { editorProcedure, journalistProcedure, router } from "../trpc";

export const verdictsRouter = router({
  propose: journalistProcedure.input(proposeVerdictInput).mutation(({ ctx, input }) => proposeVerdict(ctx.prisma, ctx.user.id, input)),
  approve: editorProcedure.input(approveVerdictInput).mutation(({ ctx, input }) => approveVerdict(ctx.prisma, ctx.user.id, input)),
  requestChanges: editorProcedure.input(requestChangesInput).mutation(({ ctx, input }) => requestChanges(ctx.prisma, ctx.user.id, input)),
  withdraw: editorProcedure.input(withdrawVerdictInput).mutation(({ ctx, input }) => withdrawVerdict(ctx.prisma, ctx.user.id, input)),
  confirmStillHolds: editorProcedure
    .input(claimIdOnlyInput)
    .mutation(({ ctx, input }) => confirmVerdictStillHolds(ctx.prisma, ctx.user.id, input.claimId)),
  queue: editorProcedure.query(({ ctx }) => loadReviewQueue(ctx.prisma)),
  queueCount: editorProcedure.query(({ ctx }) => countReviewQueue(ctx.prisma)),
});
