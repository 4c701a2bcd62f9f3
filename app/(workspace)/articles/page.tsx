import type { Metadata } from "next";
import Link from "next/link";
import { RefusalNotice } from "@/app/_components/refusal-notice";
import { getApi, isRefusal, loadOrRefuse } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "Articles" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<{ after?: string | string[] }> }) {
  const { after } = await searchParams;
  const cursor = typeof after === "string" ? after : undefined;
  const api = await getApi();
  const page = await loadOrRefuse(() => api.articles.list({ cursor, limit: 50 }), "/articles");
  if (isRefusal(page)) return <RefusalNotice refusal={page} />;
  return (
    <>
      <div className="panel-head">
        <h1>Articles</h1>
        <Link className="button-link" href="/articles/new">
          Import an article
        </Link>
      </div>
      {page.items.length === 0 ? (
        <p className="empty">No articles yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Publisher</th>
              <th scope="col">Versions</th>
              <th scope="col">Claims</th>
              <th scope="col">Updated (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((article) => (
              <tr key={article.id}>
                <td>
                  <Link href={`/articles/${article.slug}`}>{article.title}</Link>
                </td>
                <td>{article.publisher}</td>
                <td>{article.versionCount}</td>
                <td>{article.claimCount}</td>
                <td>{dateFormat.format(article.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label="More articles">
        {cursor && <Link href="/articles">Newest articles</Link>}
        {page.nextCursor && <Link href={`/articles?after=${encodeURIComponent(page.nextCursor)}`}>Older articles</Link>}
      </nav>
    </>
  );
}
