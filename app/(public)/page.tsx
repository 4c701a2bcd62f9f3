import Link from "next/link";
import { getApi } from "../_trpc/server";

export const dynamic = "force-dynamic";

const ratingLabel = {
  true: "True",
  mostly_true: "Mostly true",
  mixed: "Mixed",
  misleading: "Misleading",
  false: "False",
  unproven: "Unproven",
} as const;

export default async function PublicHome() {
  const api = await getApi();
  const { items } = await api.claims.listPublished();
  return (
    <>
      <h1>Published fact-checks</h1>
      {items.length === 0 ? (
        <p className="empty">No claims have been published yet.</p>
      ) : (
        <ul>
          {items.map((claim) => (
            <li key={claim.slug} className="card">
              <strong>{claim.statement}</strong>
              {claim.verdict && <span className="badge">{ratingLabel[claim.verdict.rating]}</span>}
              <p className="muted">
                {claim.claimant ? `${claim.claimant} · ` : ""}
                {claim.article.title} ({claim.article.publisher})
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        Journalists and editors: <Link href="/signin">sign in</Link> to the workspace.
      </p>
    </>
  );
}
