"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { fieldErrorsOf } from "@/app/_components/use-field-errors";
import { useTRPC } from "@/app/_trpc/client";
import { quantitiesOf } from "@/server/claims/claim-quantities";
import { ClaimFields, claimFieldNames, draftToInput, type ClaimDraft } from "./claim-fields";
import { SeenBefore } from "./seen-before";
import type { NewClaimPassage, Workspace } from "./workspace-types";

type Props = {
  workspace: Workspace;
  passage: NewClaimPassage;
  onCreated: (claimId: string) => void;
  onCancel: () => void;
};

export function NewClaimForm({ workspace, passage, onCreated, onCancel }: Props) {
  const trpc = useTRPC();
  const quantities = quantitiesOf(passage.exact);
  const [draft, setDraft] = useState<ClaimDraft>({
    statement: passage.exact,
    claimant: "",
    kind: quantities.length > 0 ? "statistic" : "other",
    tags: "",
    assigneeId: "",
    quantities,
  });
  const [sameAs, setSameAs] = useState<string[]>([]);
  const link = useMutation(trpc.claimGroups.link.mutationOptions());
  const create = useMutation(
    trpc.claims.create.mutationOptions({
      onSuccess: async (claim) => {
        for (const otherClaimId of sameAs) await link.mutateAsync({ claimId: claim.id, otherClaimId });
        onCreated(claim.id);
      },
    }),
  );
  const errors = fieldErrorsOf(create.error);
  const toggleSameAs = (claimId: string) =>
    setSameAs((marked) => (marked.includes(claimId) ? marked.filter((id) => id !== claimId) : [...marked, claimId]));

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ articleId: workspace.article.id, versionId: workspace.version.id, anchor: passage, ...draftToInput(draft) });
  }

  return (
    <form className="card" onSubmit={submit} aria-label="New claim" noValidate>
      <h2>New claim</h2>
      <blockquote className="quote">{passage.exact}</blockquote>
      <ClaimFields idPrefix="new-claim" draft={draft} onChange={setDraft} team={workspace.team} errors={errors} />
      <SeenBefore
        articleId={workspace.article.id}
        text={draft.statement === passage.exact ? passage.exact : `${draft.statement}\n${passage.exact}`}
        claimant={draft.claimant}
        marked={sameAs}
        onMark={toggleSameAs}
      />
      <FormAlert error={create.error ?? link.error} fieldsShown={claimFieldNames} />
      <div className="form-actions">
        <button type="submit" disabled={create.isPending || link.isPending}>
          {create.isPending || link.isPending ? "Saving…" : "Create claim"}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
