"use client";
// The open claim: its passage, edit form, evidence, comments and history, plus delete and merge.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ClaimTimeline } from "@/app/_components/claim-timeline";
import { FigureChart } from "@/app/_components/figure-chart";
import { claimKindLabel } from "@/app/_components/labels";
import { reviewStateLabel } from "@/server/workflow/workflow-labels";
import { FieldError } from "@/app/_components/field-error";
import { fieldErrorsOf, messageOf } from "@/app/_components/use-field-errors";
import { useTRPC } from "@/app/_trpc/client";
import { ActivityList } from "./activity-list";
import { AnchorCorrection } from "./anchor-correction";
import { ClaimEditor } from "./claim-editor";
import { SourcesSection } from "./sources-section";
import { VerdictSection } from "./verdict-section";
import type { Workspace, WorkspaceClaim } from "./workspace-types";

type Props = { claim: WorkspaceClaim; workspace: Workspace; onChanged: () => void; onClose: () => void };

export function ClaimPanel({ claim, workspace, onChanged, onClose }: Props) {
  const trpc = useTRPC();
  const details = useQuery(trpc.claims.details.queryOptions({ claimId: claim.id }));
  const refresh = () => {
    void details.refetch();
    onChanged();
  };
  const remove = useMutation(trpc.claims.delete.mutationOptions({ onSuccess: refresh }));
  const restore = useMutation(trpc.claims.restore.mutationOptions({ onSuccess: refresh }));
  const merge = useMutation(trpc.claims.merge.mutationOptions({ onSuccess: refresh }));
  const [mergeId, setMergeId] = useState("");
  const others = workspace.claims.filter((c) => c.id !== claim.id && !c.deletedAt);

  return (
    <article className="card claim-panel" aria-label="Claim">
      <div className="panel-head">
        <h2>{claim.statement}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        <span className="badge">{claimKindLabel[claim.kind]}</span> <span className="badge">{reviewStateLabel[claim.reviewState]}</span>
        {claim.claimant && <span className="muted"> · claimed by {claim.claimant}</span>}
        {claim.deletedAt && <span className="badge disabled"> deleted</span>}
      </p>
      {claim.anchor?.exact ? (
        <blockquote className="quote">{claim.anchor.exact}</blockquote>
      ) : (
        <p className="muted">Not found in the current version.</p>
      )}
      <AnchorCorrection claim={claim} workspace={workspace} onChanged={refresh} />

      {claim.deletedAt ? (
        <div className="form-actions">
          {!claim.mergedIntoId && (
            <button type="button" onClick={() => restore.mutate({ claimId: claim.id })} disabled={restore.isPending}>
              Restore claim
            </button>
          )}
        </div>
      ) : (
        <>
          <ClaimEditor key={`${claim.id}`} claim={claim} articleId={workspace.article.id} team={workspace.team} onSaved={refresh} />
          <div className="form-actions">
            <button type="button" className="danger" onClick={() => remove.mutate({ claimId: claim.id })} disabled={remove.isPending}>
              Delete claim
            </button>
          </div>
          {others.length > 0 && (
            <div className="merge">
              <label htmlFor={`merge-${claim.id}`}>Merge a duplicate into this claim</label>
              <select id={`merge-${claim.id}`} value={mergeId} onChange={(e) => setMergeId(e.target.value)}>
                <option value="">Choose the duplicate…</option>
                {others.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.statement.slice(0, 90)}
                  </option>
                ))}
              </select>
              <button type="button" className="secondary" disabled={!mergeId || merge.isPending} onClick={() => merge.mutate({ keepClaimId: claim.id, mergeClaimId: mergeId })}>
                Merge
              </button>
              {merge.error && (
                <p className="form-error" role="alert">
                  {messageOf(merge.error)}
                </p>
              )}
            </div>
          )}
        </>
      )}
      {(remove.error ?? restore.error) && (
        <p className="form-error" role="alert">
          {messageOf(remove.error ?? restore.error)}
        </p>
      )}

      {details.data && (
        <>
          {!claim.deletedAt && <SourcesSection claimId={claim.id} links={details.data.sources} onChanged={refresh} />}
          <VerdictSection claim={claim} details={details.data} viewer={workspace.viewer} onChanged={refresh} />
          <section aria-label="Claim timeline">
            <h3>Timeline</h3>
            <FigureChart series={details.data.figures} versions={details.data.versionNumbers} />
            <ClaimTimeline entries={details.data.timeline} audience="workspace" />
          </section>
          <CommentsSection claimId={claim.id} comments={details.data.comments} onAdded={refresh} disabled={Boolean(claim.deletedAt)} />
          <section aria-label="Claim history">
            <h3>History</h3>
            <ActivityList entries={details.data.activities} label="Claim history entries" />
          </section>
        </>
      )}
      {details.error && <p className="form-error">{messageOf(details.error)}</p>}
    </article>
  );
}

type Comment = { id: string; body: string; createdAt: Date; author: { name: string } | null };

function CommentsSection({ claimId, comments, onAdded, disabled }: { claimId: string; comments: Comment[]; onAdded: () => void; disabled: boolean }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.claims.comment.mutationOptions());
  const errors = fieldErrorsOf(add.error);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get("body") ?? "");
    add.mutate({ claimId, body }, { onSuccess: () => (form.reset(), onAdded()) });
  }
  return (
    <section aria-label="Comments">
      <h3>Comments (internal)</h3>
      {comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ul className="comments">
          {comments.map((c) => (
            <li key={c.id}>
              <strong>{c.author?.name ?? "Someone"}</strong>: {c.body}
            </li>
          ))}
        </ul>
      )}
      {!disabled && (
        <form onSubmit={submit} aria-label="Add a comment" noValidate>
          <label htmlFor={`comment-${claimId}`}>Comment</label>
          <textarea id={`comment-${claimId}`} name="body" rows={2} />
          <FieldError id={`comment-${claimId}-error`} messages={errors.body} />
          <div className="form-actions">
            <button type="submit" disabled={add.isPending}>
              Add comment
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
