// One line of history in newsroom words for each kind of activity event.
import type { VersionSummary } from "@/server/versions/add-version";
import { isRating, ratingScale } from "@/server/workflow/workflow-labels";
import { versionSummaryText } from "./version-summary";
import { anchorOutcomeLabel } from "./labels";

type Data = Record<string, unknown>;

const fieldName: Record<string, string> = {
  statement: "statement",
  claimant: "claimant",
  kind: "kind",
  tags: "tags",
  assigneeId: "assignee",
  quantities: "figures",
};

const outcome = (value: unknown) => (typeof value === "string" && value in anchorOutcomeLabel ? anchorOutcomeLabel[value as keyof typeof anchorOutcomeLabel] : "not in this version");
const rating = (value: unknown) => (isRating(value) ? ratingScale[value].label : show(value));

function show(value: unknown) {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  return String(value);
}

export function describeActivity(kind: string, data: unknown): string {
  const d = (data ?? {}) as Data;
  switch (kind) {
    case "article.imported":
      return `imported version ${show(d.versionNumber)} (${show(d.captureMethod)})`;
    case "article.version_added":
      return `added version ${show(d.versionNumber)} (${show(d.captureMethod)}): ${versionSummaryText(d as unknown as VersionSummary)}`;
    case "claim.created":
      return d.fromSuggestion ? `accepted the suggested claim “${show(d.quote)}”` : `created the claim “${show(d.statement)}”`;
    case "claim.updated": {
      const before = (d.before ?? {}) as Data;
      const after = (d.after ?? {}) as Data;
      const changes = Object.keys(after).map((key) =>
        key === "assigneeId" ? "changed the assignee" : `changed the ${fieldName[key] ?? key} from “${show(before[key])}” to “${show(after[key])}”`,
      );
      return changes.join("; ") || "saved the claim";
    }
    case "claim.deleted":
      return `deleted the claim “${show(d.statement)}”`;
    case "claim.restored":
      return `restored the claim “${show(d.statement)}”`;
    case "claim.merged":
      return `merged this claim into “${show(d.intoStatement)}”`;
    case "claim.absorbed":
      return `merged “${show(d.fromStatement)}” into this claim (${show(d.sourcesMoved)} source(s) moved)`;
    case "claim.anchor_corrected": {
      const before = (d.before ?? {}) as Data;
      const after = (d.after ?? {}) as Data;
      const was = `was: ${outcome(before.outcome)}${before.quote ? `, at “${show(before.quote)}”` : ""}`;
      return after.quote
        ? `anchored the claim by hand in version ${show(d.versionNumber)} at “${show(after.quote)}” (${was})`
        : `marked the claim removed from version ${show(d.versionNumber)} (${was})`;
    }
    case "claim.linked":
      return `linked this claim as the same claim as “${show(d.withStatement)}”`;
    case "claim.unlinked":
      return "unlinked this claim from its group of same claims";
    case "comment.added":
      return `commented: “${show(d.excerpt)}”`;
    case "source.linked":
      return `linked the source “${show(d.title)}” (${show(d.stance)})`;
    case "source.unlinked":
      return `unlinked the source “${show(d.title)}”`;
    case "suggestion.dismissed":
      return `dismissed the suggestion “${show(d.quote)}”`;
    case "verdict.proposed":
      return `proposed the verdict “${rating(d.rating)}” resting on ${show(d.sources)} source(s)`;
    case "verdict.changes_requested":
      return `requested changes to the proposed verdict: “${show(d.comment)}”`;
    case "verdict.approved":
      return d.revision ? `approved the revised verdict “${rating(d.rating)}” (published)` : `approved the verdict “${rating(d.rating)}” (published)`;
    case "verdict.withdrawn":
      return `withdrew the published verdict “${rating(d.rating)}”: “${show(d.reason)}”`;
    case "verdict.confirmed":
      return `confirmed the published verdict “${rating(d.rating)}” still holds after the article changed`;
    default:
      return kind;
  }
}
