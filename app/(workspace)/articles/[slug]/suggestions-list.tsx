"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { claimKindLabel } from "@/app/_components/labels";
import { messageOf } from "@/app/_components/use-field-errors";
import { useTRPC } from "@/app/_trpc/client";
import { SeenBefore } from "./seen-before";
import type { Workspace } from "./workspace-types";

const firstShown = 8;

export function SuggestionsList({ workspace, onAccepted, onChanged }: { workspace: Workspace; onAccepted: (claimId: string) => void; onChanged: () => void }) {
  const trpc = useTRPC();
  const accept = useMutation(trpc.claims.acceptSuggestion.mutationOptions({ onSuccess: (claim) => onAccepted(claim.id) }));
  const dismiss = useMutation(trpc.claims.dismissSuggestion.mutationOptions({ onSuccess: onChanged }));
  const error = accept.error ?? dismiss.error;
  const [showAll, setShowAll] = useState(false);
  // The server already offers only the best share of the article's sentences; the top of that
  // list comes first so a reviewer starts with the strongest candidates.
  const shown = showAll ? workspace.suggestions : workspace.suggestions.slice(0, firstShown);
  return (
    <section className="card" aria-label="Suggested claims">
      <h2>Suggested claims ({workspace.suggestions.length})</h2>
      {error && (
        <p className="form-error" role="alert">
          {messageOf(error)}
        </p>
      )}
      {workspace.suggestions.length === 0 ? (
        <p className="muted">No suggestions left for this version.</p>
      ) : (
        <ol className="suggestions">
          {shown.map((s) => (
            <li key={s.id} aria-label={s.exact}>
              <p className="suggestion-quote">{s.exact}</p>
              <p className="muted small">
                {claimKindLabel[s.kind]}
                {s.claimant ? ` · claimant: ${s.claimant}` : ""} · score {s.score.toFixed(2)}
              </p>
              <ul className="reasons">
                {s.reasons.map((r, i) => (
                  <li key={i}>{r.detail}</li>
                ))}
              </ul>
              <SuggestionSeenBefore articleId={workspace.article.id} text={s.exact} claimant={s.claimant} />
              <div className="form-actions">
                <button type="button" disabled={accept.isPending} onClick={() => accept.mutate({ suggestionId: s.id })}>
                  Accept
                </button>
                <button type="button" className="secondary" disabled={dismiss.isPending} onClick={() => dismiss.mutate({ suggestionId: s.id })}>
                  Dismiss
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {workspace.suggestions.length > firstShown && (
        <button type="button" className="secondary" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the top ${firstShown} only` : `Show all ${workspace.suggestions.length} suggestions`}
        </button>
      )}
    </section>
  );
}

// Asked only when opened: a long list of suggestions must not cost one search each on load.
function SuggestionSeenBefore({ articleId, text, claimant }: { articleId: string; text: string; claimant: string | null }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Seen before?</summary>
      {open && <SeenBefore articleId={articleId} text={text} claimant={claimant} emptyText="No similar claim in other articles." />}
    </details>
  );
}
