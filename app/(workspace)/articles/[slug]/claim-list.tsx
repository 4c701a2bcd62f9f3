"use client";
import { useState } from "react";
import { ClaimChange } from "@/app/_components/claim-change";
import { anchorStateLabel, claimKindLabel } from "@/app/_components/labels";
import { claimKinds } from "@/server/claims/claim-schemas";
import { reviewStateLabel, reviewStates } from "@/server/workflow/workflow-labels";
import type { Workspace } from "./workspace-types";

type Props = { workspace: Workspace; selectedClaimId: string | null; onOpen: (claimId: string) => void };

export function ClaimList({ workspace, selectedClaimId, onOpen }: Props) {
  const [kind, setKind] = useState("");
  const [state, setState] = useState("");
  const [assignee, setAssignee] = useState("");
  const [showDeleted, setShowDeleted] = useState(false);
  const claims = workspace.claims.filter(
    (c) =>
      (showDeleted ? Boolean(c.deletedAt) && !c.mergedIntoId : !c.deletedAt) &&
      (!kind || c.kind === kind) &&
      (!state || c.reviewState === state) &&
      (!assignee || (assignee === "none" ? !c.assignee : c.assignee?.id === assignee)),
  );
  return (
    <section className="card" aria-label="Claims">
      <h2>Claims ({workspace.claims.filter((c) => !c.deletedAt).length})</h2>
      <div className="filters">
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">All kinds</option>
            {claimKinds.map((k) => (
              <option key={k} value={k}>
                {claimKindLabel[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          State
          <select value={state} onChange={(e) => setState(e.target.value)}>
            <option value="">All states</option>
            {reviewStates.map((s) => (
              <option key={s} value={s}>
                {reviewStateLabel[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Assignee
          <select value={assignee} onChange={(e) => setAssignee(e.target.value)}>
            <option value="">Anyone</option>
            <option value="none">Nobody</option>
            {workspace.team.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={showDeleted} onChange={(e) => setShowDeleted(e.target.checked)} /> Deleted claims
        </label>
      </div>
      {claims.length === 0 ? (
        <p className="muted">{workspace.claims.length === 0 ? "No claims yet: select a passage in the text, or accept a suggestion." : "No claim matches these filters."}</p>
      ) : (
        <ul className="claim-list">
          {claims.map((c) => (
            <li key={c.id} className={c.id === selectedClaimId ? "selected" : undefined}>
              <button type="button" className="link-button" onClick={() => onOpen(c.id)}>
                {c.statement}
              </button>
              <div className="muted small">
                {claimKindLabel[c.kind]} · {reviewStateLabel[c.reviewState]}
                {c.claimant ? ` · ${c.claimant}` : ""}
                {c.assignee ? ` · assigned to ${c.assignee.name}` : ""} · {c.sourceCount} source(s)
                {workspace.version.number > 1 && c.anchor && ` · ${anchorStateLabel(c.anchor)} in version ${workspace.version.number}`}
                {c.anchor && c.anchor.changes.kinds.length > 0 && (
                  <>
                    {": "}
                    <ClaimChange kinds={c.anchor.changes.kinds} figures={c.anchor.changes.figures} />
                  </>
                )}
                {!c.anchor && !c.deletedAt && " · not in this version"}
                {c.needsRecheck && <span className="badge warning"> needs re-check</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
