import type { Metadata } from "next";
import Link from "next/link";
import { ClaimChange } from "@/app/_components/claim-change";
import { dateTime } from "@/app/_components/labels";
import { RefusalNotice } from "@/app/_components/refusal-notice";
import { getApi, isRefusal, loadOrRefuse } from "@/app/_trpc/server";
import { ratingScale } from "@/server/workflow/workflow-labels";

export const metadata: Metadata = { title: "Review queue" };

const claimLink = (articleSlug: string, claimId: string) => `/articles/${articleSlug}?claim=${encodeURIComponent(claimId)}`;

export default async function ReviewQueuePage() {
  const api = await getApi();
  const queue = await loadOrRefuse(() => api.verdicts.queue(), "/review");
  if (isRefusal(queue)) return <RefusalNotice refusal={queue} />;
  return (
    <>
      <h1>Review queue</h1>
      <section className="card" aria-labelledby="proposed-heading">
        <h2 id="proposed-heading">Proposed verdicts ({queue.proposed.length}), oldest first</h2>
        {queue.proposed.length === 0 ? (
          <p className="empty">No verdict is waiting for review.</p>
        ) : (
          <ul className="claim-list">
            {queue.proposed.map((verdict) => (
              <li key={verdict.id}>
                <Link href={claimLink(verdict.claim.article.slug, verdict.claim.id)}>{verdict.claim.statement}</Link>
                <div className="muted small">
                  <span className="badge">{ratingScale[verdict.rating].label}</span> proposed by {verdict.proposedBy?.name ?? "someone"},{" "}
                  {dateTime.format(verdict.proposedAt)} · {verdict.claim.article.title}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="recheck-heading">
        <h2 id="recheck-heading">Published claims to re-check ({queue.recheck.length})</h2>
        {queue.recheck.length === 0 ? (
          <p className="empty">No published claim changed in a newer version of its article.</p>
        ) : (
          <ul className="claim-list">
            {queue.recheck.map((claim) => (
              <li key={claim.id}>
                <Link href={claimLink(claim.article.slug, claim.id)}>{claim.statement}</Link>
                <div className="muted small">
                  published as {claim.publicVerdict ? ratingScale[claim.publicVerdict.rating].label : "—"} · {claim.article.title}
                </div>
                {claim.change && (
                  <div className="small">
                    In version {claim.change.versionNumber}:{" "}
                    {claim.change.removed ? "no longer in the article" : <ClaimChange kinds={claim.change.kinds} figures={claim.change.figures} />}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
