"use client";
// Edits a claim with optimistic concurrency: the save names the revision it started from, and a
// refusal shows the colleague's current values instead of overwriting them.
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { claimKindLabel } from "@/app/_components/labels";
import { fieldErrorsOf, messageOf } from "@/app/_components/use-field-errors";
import { useTRPC } from "@/app/_trpc/client";
import { ClaimFields, draftToInput, type ClaimDraft } from "./claim-fields";
import { SeenBefore } from "./seen-before";
import type { Workspace, WorkspaceClaim } from "./workspace-types";

type Editable = Pick<WorkspaceClaim, "statement" | "claimant" | "kind" | "tags" | "quantities" | "revision"> & { assigneeId: string | null };

const draftOf = (claim: Editable): ClaimDraft => ({
  statement: claim.statement,
  claimant: claim.claimant ?? "",
  kind: claim.kind,
  tags: claim.tags.join(", "),
  assigneeId: claim.assigneeId ?? "",
  quantities: claim.quantities,
});

function conflictingClaim(error: unknown): Editable | null {
  if (!(error instanceof TRPCClientError) || error.data?.code !== "CONFLICT") return null;
  return (error.data as { details?: { current?: Editable } }).details?.current ?? null;
}

type Props = { claim: WorkspaceClaim; articleId: string; team: Workspace["team"]; onSaved: () => void };

export function ClaimEditor({ claim, articleId, team, onSaved }: Props) {
  const trpc = useTRPC();
  const start: Editable = { ...claim, assigneeId: claim.assignee?.id ?? null };
  const [revision, setRevision] = useState(claim.revision);
  const [draft, setDraft] = useState(() => draftOf(start));
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.claims.update.mutationOptions({
      onSuccess: (result) => {
        setRevision(result.revision);
        setSaved(true);
        onSaved();
      },
    }),
  );
  const errors = fieldErrorsOf(update.error);
  const theirs = conflictingClaim(update.error);
  const memberName = (id: string | null) => team.find((m) => m.id === id)?.name ?? "nobody";

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    update.mutate({ claimId: claim.id, revision, ...draftToInput(draft) });
  }

  return (
    <form onSubmit={submit} aria-label="Edit claim" noValidate>
      <ClaimFields idPrefix={`edit-${claim.id}`} draft={draft} onChange={setDraft} team={team} errors={errors} />
      {update.error && (
        <div className="form-error" role="alert">
          <p>{messageOf(update.error)}</p>
          {theirs && (
            <div className="conflict">
              <dl>
                <dt>Statement</dt>
                <dd>{theirs.statement}</dd>
                <dt>Claimant</dt>
                <dd>{theirs.claimant ?? "—"}</dd>
                <dt>Kind</dt>
                <dd>{claimKindLabel[theirs.kind]}</dd>
                <dt>Assignee</dt>
                <dd>{memberName(theirs.assigneeId)}</dd>
                <dt>Tags</dt>
                <dd>{theirs.tags.join(", ") || "—"}</dd>
              </dl>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setDraft(draftOf(theirs));
                  setRevision(theirs.revision);
                  update.reset();
                  onSaved();
                }}
              >
                Load their version
              </button>
            </div>
          )}
        </div>
      )}
      <SeenBefore
        articleId={articleId}
        text={[draft.statement, claim.anchor?.exact].filter(Boolean).join("\n")}
        claimant={draft.claimant}
        claim={claim}
        onLinked={onSaved}
      />
      {claim.claimGroupId && (
        <p className="small">
          <Link href={`/groups/${claim.claimGroupId}`}>Every appearance of this claim across articles</Link>
        </p>
      )}
      {saved && !update.error && (
        <p className="notice" role="status">
          Saved.
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save claim"}
        </button>
      </div>
    </form>
  );
}
