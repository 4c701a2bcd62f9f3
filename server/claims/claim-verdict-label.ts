// A claim's verdict in one phrase for lists of other claims: the published rating, or where it stands.
import type { Rating, ReviewState, VerdictStatus } from "../generated/prisma/enums";
import { ratingScale, reviewStateLabel } from "../workflow/workflow-labels";

export function claimVerdictLabel(claim: { reviewState: ReviewState; publicVerdict: { status: VerdictStatus; rating: Rating } | null }): string {
  if (claim.publicVerdict?.status === "approved") return ratingScale[claim.publicVerdict.rating].label;
  if (claim.publicVerdict?.status === "withdrawn") return "Verdict withdrawn";
  return `Not rated yet (${reviewStateLabel[claim.reviewState].toLowerCase()})`;
}
