import { publicDate } from "@/app/_components/labels";

type Props = { claimant: string | null | undefined; article: { title: string; publisher: string }; publicUpdatedAt: Date | null; underReview: boolean };

/** Who made the claim, in which story, when its verdict changed last, and whether it is under review. */
export function PublishedClaimByline({ claimant, article, publicUpdatedAt, underReview }: Props) {
  return (
    <p className="muted">
      {claimant ? `${claimant} · ` : ""}
      {article.title} ({article.publisher}) · {publicDate.format(publicUpdatedAt!)}
      {underReview ? " · under review" : ""}
    </p>
  );
}
