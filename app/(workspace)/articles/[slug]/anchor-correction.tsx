"use client";
// Where the open claim stands in the article's current version, and the journalist's hand
// corrections: choose its passage in the text, confirm a candidate passage (offered when the
// re-anchoring lost the claim), or mark it removed from this version.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { anchorStateLabel } from "@/app/_components/labels";
import { messageOf } from "@/app/_components/use-field-errors";
import { useTRPC } from "@/app/_trpc/client";
import type { CorrectAnchorInput } from "@/server/versions/anchor-correction-schemas";
import { usePassagePicking } from "./passage-picking";
import type { Workspace, WorkspaceClaim } from "./workspace-types";

type Props = { claim: WorkspaceClaim; workspace: Workspace; onChanged: () => void };

export function AnchorCorrection({ claim, workspace, onChanged }: Props) {
  const { version } = workspace;
  // A claim created in this version has nothing earlier to be corrected against.
  if (version.number === 1 || claim.deletedAt || claim.anchor?.outcome === "created") return null;
  return <Correction key={version.id} claim={claim} workspace={workspace} onChanged={onChanged} />;
}

function Correction({ claim, workspace, onChanged }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { version } = workspace;
  const anchor = claim.anchor;
  const lost = !anchor?.exact;
  const candidates = useQuery({ ...trpc.claims.anchorCandidates.queryOptions({ claimId: claim.id }), enabled: lost });
  const { request, setRequest } = usePassagePicking();
  const correct = useMutation(
    trpc.claims.correctAnchor.mutationOptions({
      onSuccess: () => {
        setRequest(null);
        void queryClient.invalidateQueries({ queryKey: trpc.claims.anchorCandidates.queryKey({ claimId: claim.id }) });
        onChanged();
      },
    }),
  );
  const submit = (input: Omit<CorrectAnchorInput, "claimId">) => correct.mutate({ claimId: claim.id, ...input });
  // Leaving the claim ends any choosing it started.
  useEffect(() => () => setRequest(null), [setRequest]);

  const state = anchor ? anchorStateLabel(anchor) : "not anchored";
  return (
    <section className="anchor-correction" aria-label="Place in this version">
      <h3>In version {version.number}</h3>
      <p>
        This claim is <strong>{state}</strong> in version {version.number}
        {lost && anchor?.outcome !== "corrected" ? ": the re-anchoring did not find it in the new text." : "."}
      </p>
      <div className="form-actions">
        {request ? (
          <>
            <span className="muted small" role="status">
              Select the passage in the article text, then press “Anchor the claim here”.
            </span>
            <button type="button" className="secondary" onClick={() => setRequest(null)}>
              Stop choosing
            </button>
          </>
        ) : (
          <button type="button" className="secondary" onClick={() => setRequest({ onPick: (passage) => submit({ versionId: version.id, passage }) })}>
            Choose the passage in the text
          </button>
        )}
        {!(anchor?.outcome === "corrected" && lost) && (
          <button type="button" className="secondary" disabled={correct.isPending} onClick={() => submit({ versionId: version.id, passage: null })}>
            Mark as removed from this version
          </button>
        )}
      </div>
      {correct.error && (
        <p className="form-error" role="alert">
          {messageOf(correct.error)}
        </p>
      )}
      {lost && (
        <section aria-label="Candidate passages">
          <h4>Where it may stand now</h4>
          {candidates.error && <p className="form-error">{messageOf(candidates.error)}</p>}
          {candidates.data?.candidates.length === 0 && <p className="muted">No passage of this version resembles the claim.</p>}
          {candidates.data && candidates.data.candidates.length > 0 && (
            <ol className="candidates">
              {candidates.data.candidates.map((c) => (
                <li key={c.start}>
                  <blockquote className="quote">{c.exact}</blockquote>
                  <p className="muted small">Score {c.score.toFixed(2)}</p>
                  <ul className="small">
                    {c.reasons.map((r) => (
                      <li key={r.kind}>{r.detail}</li>
                    ))}
                  </ul>
                  <button
                    type="button"
                    disabled={correct.isPending}
                    onClick={() => submit({ versionId: candidates.data.versionId, passage: { start: c.start, end: c.end, exact: c.exact } })}
                  >
                    Confirm this passage
                  </button>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </section>
  );
}
