// The verdict scale of DESIGN.md and the workflow's state names, keyed by the Prisma enums: every
// page, feed and JSON-LD block reads its labels and ClaimReview values from here.
import { Rating, ReviewState, VerdictStatus } from "../generated/prisma/enums";

export const ratings = Object.values(Rating);
export const reviewStates = Object.values(ReviewState);

export const ratingScale: Record<Rating, { label: string; value: number | null; meaning: string }> = {
  true: { label: "True", value: 5, meaning: "Accurate, nothing significant missing." },
  mostly_true: { label: "Mostly true", value: 4, meaning: "Accurate but needs clarification or context." },
  mixed: { label: "Mixed", value: 3, meaning: "Partly accurate, partly not." },
  misleading: { label: "Misleading", value: 2, meaning: "Literally accurate but gives a false impression, or out of context." },
  false: { label: "False", value: 1, meaning: "Not accurate." },
  unproven: { label: "Unproven", value: null, meaning: "The evidence available cannot establish it either way." },
};

export const reviewStateLabel: Record<ReviewState, string> = {
  open: "Open",
  proposed: "Proposed",
  changes_requested: "Changes requested",
  approved: "Published",
};

export const verdictStatusLabel: Record<VerdictStatus, string> = {
  proposed: "Awaiting review",
  changes_requested: "Changes requested",
  approved: "Published",
  superseded: "Revised",
  withdrawn: "Withdrawn",
};

export function isRating(value: unknown): value is Rating {
  return typeof value === "string" && (ratings as string[]).includes(value);
}
