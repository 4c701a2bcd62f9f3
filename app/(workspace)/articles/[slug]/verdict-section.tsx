"use client";
// The claim's verdict in the workspace: propose one (journalists), approve it, send it back,
// withdraw it or confirm it still holds (editors, never on their own proposal).
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { dateTime } from "@/app/_components/labels";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { fieldErrorsOf } from "@/app/_components/use-field-errors";
import { useTRPC } from "@/app/_trpc/client";
import type { Rating } from "@/server/generated/prisma/enums";
import { ratings, ratingScale, verdictStatusLabel } from "@/server/workflow/workflow-labels";
import type { ClaimDetails, Workspace, WorkspaceClaim } from "./workspace-types";

type Props = { claim: WorkspaceClaim; details: ClaimDetails; viewer: Workspace["viewer"]; onChanged: () => void };
type Verdict = ClaimDetails["verdicts"][number];

export function VerdictSection({ claim, details, viewer, onChanged }: Props) {
  const latest = details.verdicts[0];
  const pending = latest?.status === "proposed" ? latest : null;
  const sentBack = latest?.status === "changes_requested" ? latest : null;
  const isEditor = viewer.role !== "journalist";
  const live = details.publication?.live ?? false;
  return (
    <section aria-label="Verdict" className="verdict-box">
      <h3>Verdict</h3>
      {live && (
        <p>
          Published as <strong>{ratingScale[details.verdicts.find((v) => v.status === "approved")!.rating].label}</strong> ·{" "}
          <a href={`/claims/${details.slug}`}>public page</a>
        </p>
      )}
      {details.publication?.editedSince && (
        <p className="warning" role="note">
          Edited since publication — propose again to publish the change.
        </p>
      )}
      {live && claim.needsRecheck && <p className="warning">Needs re-check: the article changed since this verdict was published.</p>}
      {pending && <PendingVerdict verdict={pending} claim={claim} viewer={viewer} isEditor={isEditor} onChanged={onChanged} />}
      {sentBack && (
        <div className="notice-box" role="note" aria-label="Changes requested">
          <strong>Changes requested by {sentBack.reviewedBy?.name ?? "an editor"}:</strong> {sentBack.reviewComment}
        </div>
      )}
      {!pending && !claim.deletedAt && <ProposeForm key={latest?.id ?? "new"} claimId={claim.id} details={details} start={sentBack ?? undefined} onProposed={onChanged} />}
      {isEditor && live && <PublishedActions claimId={claim.id} needsRecheck={claim.needsRecheck} onChanged={onChanged} />}
      {details.verdicts.length > 0 && (
        <details className="verdict-history">
          <summary>All verdicts ({details.verdicts.length})</summary>
          <ul>
            {details.verdicts.map((v) => (
              <li key={v.id}>
                {ratingScale[v.rating].label} · {verdictStatusLabel[v.status]} · proposed by {v.proposedBy?.name ?? "someone"} {dateTime.format(v.proposedAt)}
                {v.withdrawalReason && <> · withdrawn: {v.withdrawalReason}</>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function PendingVerdict({ verdict, claim, viewer, isEditor, onChanged }: { verdict: Verdict; claim: WorkspaceClaim; viewer: Props["viewer"]; isEditor: boolean; onChanged: () => void }) {
  const trpc = useTRPC();
  const approve = useMutation(trpc.verdicts.approve.mutationOptions({ onSuccess: onChanged }));
  const sendBack = useMutation(trpc.verdicts.requestChanges.mutationOptions({ onSuccess: onChanged }));
  const [comment, setComment] = useState("");
  const own = verdict.proposedById === viewer.id;
  return (
    <div className="pending-verdict" aria-label="Proposed verdict" role="group">
      <p>
        <strong>Proposed: {ratingScale[verdict.rating].label}</strong> by {verdict.proposedBy?.name ?? "someone"}, {dateTime.format(verdict.proposedAt)}
      </p>
      <blockquote className="rationale-draft">{verdict.rationale}</blockquote>
      <p className="small">Rests on: {verdict.sources.map((s) => s.source.title).join("; ") || "no source"}</p>
      {!isEditor ? (
        <p className="muted">Waiting for an editor&apos;s review.</p>
      ) : own ? (
        <p className="muted">You proposed this verdict, so another editor must approve it.</p>
      ) : (
        <>
          <div className="form-actions">
            <button type="button" disabled={approve.isPending} onClick={() => approve.mutate({ verdictId: verdict.id, claimRevision: claim.revision })}>
              Approve and publish
            </button>
          </div>
          <label htmlFor={`changes-${verdict.id}`}>What should change?</label>
          <textarea id={`changes-${verdict.id}`} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
          <FieldError id={`changes-${verdict.id}-error`} messages={fieldErrorsOf(sendBack.error).comment} />
          <div className="form-actions">
            <button type="button" className="secondary" disabled={sendBack.isPending} onClick={() => sendBack.mutate({ verdictId: verdict.id, comment })}>
              Request changes
            </button>
          </div>
        </>
      )}
      <FormAlert error={approve.error ?? sendBack.error} fieldsShown={["comment"]} />
    </div>
  );
}

function ProposeForm({ claimId, details, start, onProposed }: { claimId: string; details: ClaimDetails; start?: Verdict; onProposed: () => void }) {
  const trpc = useTRPC();
  const propose = useMutation(trpc.verdicts.propose.mutationOptions({ onSuccess: onProposed }));
  const errors = fieldErrorsOf(propose.error);
  const rested = new Set(start?.sources.map((s) => s.source.id) ?? details.sources.map((s) => s.source.id));
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    propose.mutate({
      claimId,
      rating: String(data.get("rating") ?? "") as Rating,
      rationale: String(data.get("rationale") ?? ""),
      sourceIds: data.getAll("sourceIds").map(String),
    });
  }
  return (
    <form onSubmit={submit} aria-label="Propose a verdict" noValidate>
      <label htmlFor={`rating-${claimId}`}>Rating</label>
      <select id={`rating-${claimId}`} name="rating" defaultValue={start?.rating ?? ""} aria-describedby={`rating-${claimId}-error`}>
        <option value="">Choose a rating…</option>
        {ratings.map((rating) => (
          <option key={rating} value={rating}>
            {ratingScale[rating].label}: {ratingScale[rating].meaning}
          </option>
        ))}
      </select>
      <FieldError id={`rating-${claimId}-error`} messages={errors.rating} />
      <label htmlFor={`rationale-${claimId}`}>Rationale for readers (Markdown)</label>
      <textarea id={`rationale-${claimId}`} name="rationale" rows={5} defaultValue={start?.rationale ?? ""} aria-describedby={`rationale-${claimId}-error`} />
      <FieldError id={`rationale-${claimId}-error`} messages={errors.rationale} />
      <fieldset>
        <legend>Sources the verdict rests on</legend>
        {details.sources.length === 0 && <p className="muted small">Link a source to the claim first (below).</p>}
        {details.sources.map((link) => (
          <label key={link.source.id} className="checkbox">
            <input type="checkbox" name="sourceIds" value={link.source.id} defaultChecked={rested.has(link.source.id)} /> {link.source.title} ({link.stance})
          </label>
        ))}
        <FieldError id={`sources-${claimId}-error`} messages={errors.sourceIds} />
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={propose.isPending}>
          {start ? "Propose the revised verdict" : details.publication?.live ? "Propose a revised verdict" : "Propose verdict"}
        </button>
      </div>
      <FormAlert error={propose.error} fieldsShown={["rating", "rationale", "sourceIds"]} />
    </form>
  );
}

function PublishedActions({ claimId, needsRecheck, onChanged }: { claimId: string; needsRecheck: boolean; onChanged: () => void }) {
  const trpc = useTRPC();
  const withdraw = useMutation(trpc.verdicts.withdraw.mutationOptions({ onSuccess: onChanged }));
  const holds = useMutation(trpc.verdicts.confirmStillHolds.mutationOptions({ onSuccess: onChanged }));
  const [reason, setReason] = useState("");
  return (
    <div className="published-actions">
      {needsRecheck && (
        <div className="form-actions">
          <button type="button" disabled={holds.isPending} onClick={() => holds.mutate({ claimId })}>
            Verdict still holds
          </button>
        </div>
      )}
      <label htmlFor={`withdraw-${claimId}`}>Public reason for withdrawing</label>
      <textarea id={`withdraw-${claimId}`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      <FieldError id={`withdraw-${claimId}-error`} messages={fieldErrorsOf(withdraw.error).reason} />
      <div className="form-actions">
        <button type="button" className="danger" disabled={withdraw.isPending} onClick={() => withdraw.mutate({ claimId, reason })}>
          Withdraw verdict
        </button>
      </div>
      <FormAlert error={withdraw.error ?? holds.error} fieldsShown={["reason"]} />
    </div>
  );
}
