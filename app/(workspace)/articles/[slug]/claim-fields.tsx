"use client";
// The editable fields of a claim, shared by the new-claim and edit forms.
import { FieldError } from "@/app/_components/field-error";
import { claimKindLabel } from "@/app/_components/labels";
import type { FieldErrors } from "@/app/_components/use-field-errors";
import type { ClaimQuantityDraft } from "@/server/claims/claim-quantities";
import { claimKinds } from "@/server/claims/claim-schemas";
import type { Workspace } from "./workspace-types";

export type QuantityDraft = ClaimQuantityDraft;
export type ClaimDraft = {
  statement: string;
  claimant: string;
  kind: (typeof claimKinds)[number];
  tags: string;
  assigneeId: string;
  quantities: QuantityDraft[];
};

/** The fields this component shows errors next to. */
export const claimFieldNames = ["statement", "claimant", "assigneeId", "tags"];

export function draftToInput(draft: ClaimDraft) {
  return {
    statement: draft.statement,
    claimant: draft.claimant || null,
    kind: draft.kind,
    tags: draft.tags.split(",").map((t) => t.trim()).filter(Boolean),
    assigneeId: draft.assigneeId || null,
    quantities: draft.quantities.map((q) => ({
      ...q,
      text: [q.qualifier, Number.isFinite(q.value) ? q.value.toLocaleString("en") : "", q.unit].filter(Boolean).join(" "),
    })),
  };
}

type Props = {
  idPrefix: string;
  draft: ClaimDraft;
  onChange: (draft: ClaimDraft) => void;
  team: Workspace["team"];
  errors: FieldErrors;
};

export function ClaimFields({ idPrefix, draft, onChange, team, errors }: Props) {
  const set = <K extends keyof ClaimDraft>(key: K, value: ClaimDraft[K]) => onChange({ ...draft, [key]: value });
  const setQuantity = (index: number, patch: Partial<QuantityDraft>) =>
    set("quantities", draft.quantities.map((q, i) => (i === index ? { ...q, ...patch } : q)));
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <label htmlFor={id("statement")}>Statement</label>
      <textarea id={id("statement")} rows={3} value={draft.statement} onChange={(e) => set("statement", e.target.value)} />
      <FieldError id={id("statement-error")} messages={errors.statement} />

      <div className="grid-form">
        <div>
          <label htmlFor={id("claimant")}>Claimant</label>
          <input id={id("claimant")} value={draft.claimant} onChange={(e) => set("claimant", e.target.value)} placeholder="Who makes the claim" />
          <FieldError id={id("claimant-error")} messages={errors.claimant} />
        </div>
        <div>
          <label htmlFor={id("kind")}>Kind</label>
          <select id={id("kind")} value={draft.kind} onChange={(e) => set("kind", e.target.value as ClaimDraft["kind"])}>
            {claimKinds.map((kind) => (
              <option key={kind} value={kind}>
                {claimKindLabel[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={id("assignee")}>Assignee</label>
          <select id={id("assignee")} value={draft.assigneeId} onChange={(e) => set("assigneeId", e.target.value)}>
            <option value="">Nobody</option>
            {team.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
          <FieldError id={id("assignee-error")} messages={errors.assigneeId} />
        </div>
        <div>
          <label htmlFor={id("tags")}>Tags (comma-separated)</label>
          <input id={id("tags")} value={draft.tags} onChange={(e) => set("tags", e.target.value)} />
          <FieldError id={id("tags-error")} messages={errors.tags} />
        </div>
      </div>

      <fieldset className="quantities">
        <legend>Figures</legend>
        {draft.quantities.length === 0 && <p className="muted">No figures in this claim.</p>}
        {draft.quantities.map((q, index) => (
          <div className="quantity-row" key={index}>
            <input aria-label={`Figure ${index + 1} qualifier`} value={q.qualifier ?? ""} placeholder="qualifier" onChange={(e) => setQuantity(index, { qualifier: e.target.value || null })} />
            <input
              aria-label={`Figure ${index + 1} value`}
              type="number"
              step="any"
              value={Number.isFinite(q.value) ? q.value : ""}
              onChange={(e) => setQuantity(index, { value: e.target.value === "" ? Number.NaN : Number(e.target.value) })}
            />
            <input aria-label={`Figure ${index + 1} unit`} value={q.unit ?? ""} placeholder="unit" onChange={(e) => setQuantity(index, { unit: e.target.value || null })} />
            <input aria-label={`Figure ${index + 1} counts`} value={q.counted ?? ""} placeholder="what is counted" onChange={(e) => setQuantity(index, { counted: e.target.value || null })} />
            <button type="button" className="secondary" onClick={() => set("quantities", draft.quantities.filter((_, i) => i !== index))}>
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => set("quantities", [...draft.quantities, { value: 0, unit: null, qualifier: null, counted: null, text: "0" }])}
        >
          Add a figure
        </button>
      </fieldset>
    </>
  );
}
