import type { Metadata } from "next";
import { getApi } from "@/app/_trpc/server";
import { isRating, ratings, ratingScale } from "@/server/workflow/workflow-labels";
import { PublishedClaimByline } from "./_components/published-claim-byline";
import { VerdictBadge } from "./_components/verdict-badge";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { absolute: "Claimtrail · Published fact-checks" }, alternates: { types: { "application/atom+xml": "/feeds/verdicts.atom" } } };

type Filter = (typeof ratings)[number] | "withdrawn";
const filters: { value: Filter | undefined; label: string }[] = [
  { value: undefined, label: "All" },
  ...ratings.map((rating) => ({ value: rating, label: ratingScale[rating].label })),
  { value: "withdrawn", label: "Withdrawn" },
];

function pageHref(rating: Filter | undefined, after?: string) {
  const query = new URLSearchParams({ ...(rating ? { rating } : {}), ...(after ? { after } : {}) }).toString();
  return query ? `/?${query}` : "/";
}

export default async function PublicHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const rating = isRating(params.rating) || params.rating === "withdrawn" ? (params.rating as Filter) : undefined;
  const after = typeof params.after === "string" && params.after.length <= 100 ? params.after : undefined;
  const api = await getApi();
  const { items, nextCursor } = await api.public.claims({ rating, cursor: after, limit: 20 });
  return (
    <>
      <h1>Published fact-checks</h1>
      <nav aria-label="Filter by rating" className="filters rating-filters">
        {filters.map((filter) => (
          <a key={filter.label} href={pageHref(filter.value)} aria-current={filter.value === rating ? "page" : undefined}>
            {filter.label}
          </a>
        ))}
      </nav>
      {items.length === 0 ? (
        <p className="empty">{rating || after ? "No published fact-checks match." : "No claims have been published yet."}</p>
      ) : (
        <ul className="verdict-list">
          {items.map((claim) => (
            <li key={claim.slug} className="card">
              <VerdictBadge rating={claim.verdict.rating} withdrawn={Boolean(claim.verdict.withdrawn)} />
              <h2>
                <a href={`/claims/${claim.slug}`}>{claim.verdict.statement}</a>
              </h2>
              <PublishedClaimByline claimant={claim.verdict.claimant} article={claim.article} publicUpdatedAt={claim.publicUpdatedAt} underReview={claim.underReview} />
            </li>
          ))}
        </ul>
      )}
      <nav className="pager" aria-label="Pages">
        {after && <a href={pageHref(rating)}>Newest</a>}
        {nextCursor && <a href={pageHref(rating, nextCursor)}>Older fact-checks</a>}
      </nav>
    </>
  );
}
