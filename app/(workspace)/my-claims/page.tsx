import type { Metadata } from "next";
import Link from "next/link";
import { dateTime } from "@/app/_components/labels";
import { RefusalNotice } from "@/app/_components/refusal-notice";
import { getApi, isRefusal, loadOrRefuse } from "@/app/_trpc/server";
import { reviewStateLabel, reviewStates } from "@/server/workflow/workflow-labels";

export const metadata: Metadata = { title: "My claims" };

export default async function MyClaimsPage() {
  const api = await getApi();
  const claims = await loadOrRefuse(() => api.claims.mine(), "/my-claims");
  if (isRefusal(claims)) return <RefusalNotice refusal={claims} />;
  return (
    <>
      <h1>My claims</h1>
      <p className="muted">Claims you created or that are assigned to you, by review state.</p>
      {reviewStates.map((state) => {
        const inState = claims.filter((c) => c.reviewState === state);
        return (
          <section key={state} className="card" aria-labelledby={`state-${state}`}>
            <h2 id={`state-${state}`}>
              {reviewStateLabel[state]} ({inState.length})
            </h2>
            {inState.length === 0 ? (
              <p className="empty">None.</p>
            ) : (
              <ul className="claim-list">
                {inState.map((claim) => (
                  <li key={claim.id}>
                    <Link href={`/articles/${claim.article.slug}?claim=${encodeURIComponent(claim.id)}`}>{claim.statement}</Link>
                    <div className="muted small">
                      {claim.article.title} · updated {dateTime.format(claim.updatedAt)}
                      {claim.needsRecheck && " · needs re-check"}
                    </div>
                    {claim.verdicts[0] && state === "changes_requested" && (
                      <p className="small">
                        {claim.verdicts[0].reviewedBy?.name ?? "An editor"} asked: {claim.verdicts[0].reviewComment}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
