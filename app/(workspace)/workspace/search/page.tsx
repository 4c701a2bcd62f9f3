import type { Metadata } from "next";
import Link from "next/link";
import { HighlightedText } from "@/app/_components/highlighted-text";
import { claimKindLabel } from "@/app/_components/labels";
import { RefusalNotice } from "@/app/_components/refusal-notice";
import { getApi, isRefusal, loadOrRefuse } from "@/app/_trpc/server";
import { ClaimKind } from "@/server/generated/prisma/enums";
import type { WorkspaceSearchResult } from "@/server/search/search-workspace";
import { ratings, ratingScale, reviewStateLabel, reviewStates } from "@/server/workflow/workflow-labels";
import { readSearchParams, searchPageHref, type SearchParams } from "./search-params";

export const metadata: Metadata = { title: "Search" };

const typeLabel = { claim: "Claim", source: "Source", article: "Article" } as const;
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

function Result({ item }: { item: WorkspaceSearchResult }) {
  if (item.type === "claim") {
    return (
      <>
        <Link href={`/articles/${item.article.slug}?claim=${encodeURIComponent(item.id)}`}>
          <HighlightedText pieces={item.statement} />
        </Link>
        {item.quote && (
          <p className="quote small">
            <HighlightedText pieces={item.quote} />
          </p>
        )}
        <p className="muted small">
          {[
            item.claimant,
            claimKindLabel[item.kind],
            reviewStateLabel[item.reviewState],
            item.rating && ratingScale[item.rating].label,
            item.assignee && `assigned to ${item.assignee}`,
            item.tags.length > 0 && `tags: ${item.tags.join(", ")}`,
            `in ${item.article.title}`,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </>
    );
  }
  if (item.type === "source") {
    return (
      <>
        <HighlightedText pieces={item.title} />
        {item.excerpt && item.excerpt.length > 0 && (
          <p className="small">
            <HighlightedText pieces={item.excerpt} />
          </p>
        )}
        <p className="muted small">
          {item.publisher ? `${item.publisher} · ` : ""}
          {isWebAddress(item.url) ? (
            <a href={item.url} rel="noopener noreferrer" target="_blank">
              {item.url}
            </a>
          ) : (
            item.url
          )}
        </p>
      </>
    );
  }
  return (
    <>
      <Link href={`/articles/${item.slug}`}>
        <HighlightedText pieces={item.title} />
      </Link>
      <p className="muted small">{item.publisher}</p>
    </>
  );
}

function Choice({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: { value: string; label: string }[] }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""} className="inline-select">
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export default async function WorkspaceSearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const input = readSearchParams(params);
  const api = await getApi();
  const loaded = await loadOrRefuse(() => Promise.all([api.search.workspace(input), api.search.team()]), searchPageHref(params, input.page));
  const dateValue = (date: Date | undefined) => date?.toISOString().slice(0, 10) ?? "";
  return (
    <>
      <h1>Search</h1>
      <form method="get" action="/workspace/search" role="search" className="card">
        <label htmlFor="search-text">Search claims, quotes, sources and articles</label>
        <input id="search-text" name="q" type="search" defaultValue={input.text} />
        <fieldset className="filters">
          <legend>Filters</legend>
          <Choice name="type" label="Show" value={input.type} options={[
            { value: "claim", label: "Claims" },
            { value: "source", label: "Sources" },
            { value: "article", label: "Articles" },
          ]} />
          <Choice name="state" label="Review state" value={input.state} options={reviewStates.map((s) => ({ value: s, label: reviewStateLabel[s] }))} />
          <Choice name="rating" label="Rating" value={input.rating} options={ratings.map((r) => ({ value: r, label: ratingScale[r].label }))} />
          <Choice name="kind" label="Kind" value={input.kind} options={Object.values(ClaimKind).map((k) => ({ value: k, label: claimKindLabel[k] }))} />
          {!isRefusal(loaded) && <Choice name="assignee" label="Assignee" value={input.assigneeId} options={loaded[1].map((u) => ({ value: u.id, label: u.name }))} />}
          <label>
            Created from
            <input type="date" name="from" defaultValue={dateValue(input.from)} className="inline-select" />
          </label>
          <label>
            Created until
            <input type="date" name="to" defaultValue={dateValue(input.to)} className="inline-select" />
          </label>
        </fieldset>
        <div className="form-actions">
          <button type="submit">Search</button>
        </div>
      </form>
      {isRefusal(loaded) ? (
        <RefusalNotice refusal={loaded} />
      ) : (
        <Results params={params} page={input.page} text={input.text} found={loaded[0]} />
      )}
    </>
  );
}

function Results({ params, page, text, found }: { params: SearchParams; page: number; text: string; found: { items: WorkspaceSearchResult[]; hasMore: boolean } }) {
  if (!text.trim()) return <p className="empty">Type words to search: a claim&apos;s statement, quote, claimant or tags, a source&apos;s title, an article&apos;s title.</p>;
  if (found.items.length === 0) return <p className="empty">{page > 1 ? "No more results." : "Nothing matches this search."}</p>;
  return (
    <section aria-label="Search results">
      <p className="muted">Page {page}</p>
      <ol className="search-results">
        {found.items.map((item) => (
          <li key={`${item.type}-${item.id}`} className="card">
            <span className="badge">{typeLabel[item.type]}</span> <Result item={item} />
          </li>
        ))}
      </ol>
      <nav className="pager" aria-label="Result pages">
        {page > 1 && <Link href={searchPageHref(params, page - 1)}>Previous page</Link>}
        {found.hasMore && <Link href={searchPageHref(params, page + 1)}>Next page</Link>}
      </nav>
    </section>
  );
}
