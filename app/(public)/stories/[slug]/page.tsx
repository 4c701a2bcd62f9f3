import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { highlightSegments } from "@/app/_components/highlight-segments";
import { publicDate } from "@/app/_components/labels";
import { getApi } from "@/app/_trpc/server";
import { claimPath } from "@/server/publication/site";
import { VerdictBadge } from "../../_components/verdict-badge";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

// As on the claim page: a missing story's 404 comes from the page, not from its metadata.
const loadArticle = cache(async (slug: string) => (await getApi()).public.article({ slug: slug.slice(0, 200) }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return { title: "Not found", robots: { index: false } };
  const description = `${article.claims.length} fact-checked claim(s) in ${article.publisher}'s story.`;
  return { title: article.title, description, openGraph: { type: "article", title: article.title, description } };
}

export default async function PublicStoryPage({ params }: Params) {
  const article = (await loadArticle((await params).slug)) ?? notFound();
  const spans = article.claims.flatMap((claim) => (claim.passage ? [{ id: claim.slug, ...claim.passage }] : []));
  const statements = new Map(article.claims.map((claim) => [claim.slug, claim.verdict.statement]));
  return (
    <article>
      <h1>{article.title}</h1>
      <p className="muted">
        {article.publisher}
        {article.byline ? ` · ${article.byline}` : ""}
        {article.publishedAt ? ` · published ${publicDate.format(article.publishedAt)}` : ""}
        {article.canonicalUrl && (
          <>
            {" · "}
            <a href={article.canonicalUrl} rel="nofollow noopener noreferrer">
              original story
            </a>
          </>
        )}
      </p>
      <div className="public-story">
        <div className="article-text" aria-label="Article text (current version)">
          {highlightSegments(article.text.length, spans).map((segment) => {
            const piece = article.text.slice(segment.start, segment.end);
            const innermost = segment.ids[0];
            if (!innermost) return <span key={segment.start}>{piece}</span>;
            return (
              <mark key={segment.start} className="claim-mark" data-depth={Math.min(segment.ids.length, 3)}>
                <a href={claimPath(innermost)} title={statements.get(innermost)}>
                  {piece}
                </a>
              </mark>
            );
          })}
        </div>
        <aside>
          <section className="card" aria-labelledby="checked-heading">
            <h2 id="checked-heading">Fact-checked claims</h2>
            <ul className="claim-list">
              {article.claims.map((claim) => (
                <li key={claim.slug}>
                  <VerdictBadge rating={claim.verdict.rating} withdrawn={Boolean(claim.verdict.withdrawn)} />{" "}
                  <a href={claimPath(claim.slug)}>{claim.verdict.statement}</a>
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="versions-heading">
            <h2 id="versions-heading">Versions</h2>
            <ol className="versions">
              {article.versions.map((version) => (
                <li key={version.number}>
                  Version {version.number}: {publicDate.format(version.capturedAt)}
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </article>
  );
}
