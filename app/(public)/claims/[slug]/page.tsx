import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimTimeline } from "@/app/_components/claim-timeline";
import { FigureChart } from "@/app/_components/figure-chart";
import { claimKindLabel, publicDate, stanceLabel, sourceKindLabel } from "@/app/_components/labels";
import { getApi } from "@/app/_trpc/server";
import { claimReview, jsonForScript } from "@/server/publication/claim-review";
import { storyPath } from "@/server/publication/site";
import { ratingScale } from "@/server/workflow/workflow-labels";
import { EmbedSnippet } from "../../_components/embed-snippet";
import { Rationale } from "../../_components/rationale";
import { VerdictBadge } from "../../_components/verdict-badge";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

// Unknown addresses get their 404 from the page, not from the metadata: a notFound() thrown while
// resolving metadata yields an empty shell that only client-side JavaScript would fill.
const loadClaim = cache(async (slug: string) => (await getApi()).public.claim({ slug: slug.slice(0, 200) }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const claim = await loadClaim((await params).slug);
  if (!claim) return { title: "Not found", robots: { index: false } };
  const { verdict } = claim;
  const title = `Fact check: ${verdict.statement}`;
  const description = verdict.withdrawn
    ? `This verdict was withdrawn: ${verdict.withdrawn.reason}`
    : `${ratingScale[verdict.rating].label}. ${verdict.rationale.replace(/[*_`#>[\]()]/g, "").replace(/\s+/g, " ").slice(0, 180)}`;
  const url = `/claims/${claim.slug}`;
  return {
    title,
    description,
    alternates: { canonical: url, types: { "application/json": `/api/v1/claims/${claim.slug}` } },
    openGraph: { type: "article", title, description, url, publishedTime: verdict.publishedAt.toISOString() },
    twitter: { card: "summary", title, description },
  };
}

export default async function PublicClaimPage({ params }: Params) {
  const claim = (await loadClaim((await params).slug)) ?? notFound();
  const { verdict } = claim;
  return (
    <article className="public-claim">
      {!verdict.withdrawn && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(claimReview(claim)) }} />}
      <p className="muted small">Fact check · {claimKindLabel[verdict.kind]}</p>
      <h1>{verdict.statement}</h1>
      <p className="claimant">{verdict.claimant ? <>Claim by {verdict.claimant}</> : <>Claim made in the article</>}</p>

      {verdict.withdrawn && (
        <div className="notice-box withdrawn" role="note" aria-label="Verdict withdrawn">
          <h2>This verdict was withdrawn</h2>
          <p>
            Withdrawn on {publicDate.format(verdict.withdrawn.at)}. Reason: {verdict.withdrawn.reason}
          </p>
        </div>
      )}
      {claim.underReview && !verdict.withdrawn && (
        <div className="notice-box under-review" role="note" aria-label="Under review">
          <h2>Under review</h2>
          <p>The article has been updated since this verdict was published. An editor is checking whether it still holds.</p>
          {claim.revisedFigures.length > 0 && (
            <ul>
              {claim.revisedFigures.map((figure) => (
                <li key={`${figure.old}-${figure.new}`}>
                  {figure.old && figure.new ? (
                    <>
                      The figure changed: <del>{figure.old}</del> → <ins>{figure.new}</ins>
                    </>
                  ) : figure.new ? (
                    <>A figure was added: {figure.new}</>
                  ) : (
                    <>A figure was dropped: {figure.old}</>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <section aria-label="Verdict" className="verdict-section">
        <p>
          <VerdictBadge rating={verdict.rating} withdrawn={Boolean(verdict.withdrawn)} />
          {!verdict.withdrawn && <span className="muted"> · {ratingScale[verdict.rating].meaning}</span>}
        </p>
        {verdict.kind === "attribution" && (
          <p className="attribution-note">
            This rating is about the attribution: whether {verdict.claimant ?? "the source"} actually said this, not whether what was said is true.
          </p>
        )}
        <Rationale markdown={verdict.rationale} />
        <p className="muted small">Published {publicDate.format(verdict.publishedAt)}</p>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        {verdict.sources.length === 0 ? (
          <p className="muted">This verdict rests on no linked source.</p>
        ) : (
          <ul className="source-list">
            {verdict.sources.map((source) => (
              <li key={source.url}>
                <span className={`badge stance-${source.stance}`}>{stanceLabel[source.stance]}</span>{" "}
                <a href={source.url} rel="nofollow noopener noreferrer">
                  {source.title}
                </a>
                <span className="muted">
                  {" "}
                  · {source.publisher ? `${source.publisher}, ` : ""}
                  {sourceKindLabel[source.kind].toLowerCase()}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="appearances-heading">
        <h2 id="appearances-heading">Where the claim appears</h2>
        <ul className="appearances">
          {claim.appearances.map(({ article, versions }) => (
            <li key={article.slug}>
              <a href={storyPath(article.slug)}>{article.title}</a> <span className="muted">({article.publisher})</span>
              <span className="muted">
                {" "}
                · {versions.length === 1 ? "Version" : "Versions"} {versions.map((v) => v.number).join(", ")}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="muted small">The claim&rsquo;s passage in each version of the article, and its verdict over time.</p>
        <FigureChart series={claim.figures} versions={claim.versionNumbers} />
        <ClaimTimeline entries={claim.timeline} audience="public" />
      </section>
      <EmbedSnippet claim={claim} />
    </article>
  );
}
