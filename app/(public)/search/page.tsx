import type { Metadata } from "next";
import { HighlightedText } from "@/app/_components/highlighted-text";
import { getApi } from "@/app/_trpc/server";
import { withoutNulCharacters } from "@/server/nul-characters";
import { searchedLength } from "@/server/search/search-text";
import { PublishedClaimByline } from "../_components/published-claim-byline";
import { VerdictBadge } from "../_components/verdict-badge";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search fact-checks" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The page cache keys on the first 200 characters of `q`, so the page searches exactly those.
function readParams(params: Awaited<Props["searchParams"]>) {
  const text = typeof params.q === "string" ? withoutNulCharacters(params.q.slice(0, searchedLength)) : "";
  const page = Number(params.page);
  return { text, page: Number.isInteger(page) && page >= 1 && page <= 50 ? page : 1 };
}

function pageHref(text: string, page: number) {
  return `/search?${new URLSearchParams({ q: text, ...(page > 1 ? { page: String(page) } : {}) }).toString()}`;
}

export default async function PublicSearchPage({ searchParams }: Props) {
  const { text, page } = readParams(await searchParams);
  const api = await getApi();
  const { items, hasMore } = await api.public.search({ text, page });
  return (
    <>
      <h1>Search fact-checks</h1>
      <form method="get" action="/search" role="search" className="card">
        <label htmlFor="search-text">Words from a claim, its claimant or the verdict</label>
        <input id="search-text" name="q" type="search" defaultValue={text} />
        <div className="form-actions">
          <button type="submit">Search</button>
        </div>
      </form>
      {!text.trim() ? (
        <p className="empty">Type a few words to search the published fact-checks.</p>
      ) : items.length === 0 ? (
        <p className="empty">{page > 1 ? "No more published fact-checks match." : "No published fact-check matches this search."}</p>
      ) : (
        <section aria-label="Search results">
          <ul className="verdict-list">
            {items.map((claim) => (
              <li key={claim.slug} className="card">
                <VerdictBadge rating={claim.verdict.rating} withdrawn={Boolean(claim.verdict.withdrawn)} />
                <h2>
                  <a href={`/claims/${claim.slug}`}>
                    <HighlightedText pieces={claim.statement} />
                  </a>
                </h2>
                {claim.rationale.some((piece) => piece.match) && (
                  <p className="small">
                    <HighlightedText pieces={claim.rationale} />
                  </p>
                )}
                <PublishedClaimByline claimant={claim.verdict.claimant} article={claim.article} publicUpdatedAt={claim.publicUpdatedAt} underReview={claim.underReview} />
              </li>
            ))}
          </ul>
          <nav className="pager" aria-label="Result pages">
            {page > 1 && <a href={pageHref(text, page - 1)}>Previous page</a>}
            {hasMore && <a href={pageHref(text, page + 1)}>Next page</a>}
          </nav>
        </section>
      )}
    </>
  );
}
