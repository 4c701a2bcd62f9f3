import type { Rating } from "@/server/generated/prisma/enums";
import { ratingScale } from "@/server/workflow/workflow-labels";

// The rating in words, with a colour as a second cue only.
export function VerdictBadge({ rating, withdrawn = false }: { rating: Rating; withdrawn?: boolean }) {
  if (withdrawn) return <span className="verdict verdict-withdrawn">Verdict withdrawn</span>;
  return <span className={`verdict rating-${rating}`}>{ratingScale[rating].label}</span>;
}
