// Words the UI shows for the domain's enum values (the workflow's are in server/workflow/workflow-labels.ts,
// which the feeds and JSON-LD read too).
import type { ChangeKind } from "@/server/anchoring/classify-change";
import type { AnchorOutcome, CaptureMethod, ClaimKind, SourceKind, Stance } from "@/server/generated/prisma/enums";

export const claimKindLabel: Record<ClaimKind, string> = {
  statistic: "Statistic",
  attribution: "Attribution / quote",
  event: "Event",
  causal: "Causal",
  prediction: "Prediction",
  other: "Other",
};

export const anchorOutcomeLabel: Record<AnchorOutcome, string> = {
  created: "created",
  unchanged: "unchanged",
  moved: "moved",
  modified: "modified",
  removed: "removed",
  corrected: "corrected by hand",
};

export const changeKindLabel: Record<ChangeKind, string> = {
  "figure-revised": "figure revised",
  "figure-added": "figure added",
  "figure-dropped": "figure dropped",
  "qualifier-changed": "qualifier changed",
  "attribution-changed": "attribution changed",
  wording: "wording changed",
  joined: "joined with another sentence",
  split: "split into sentences",
};

export const captureMethodLabel: Record<CaptureMethod, string> = {
  seeded: "demo data",
  pasted: "pasted",
  fetched: "fetched from its address",
  monitored: "found by monitoring",
};
/** How a claim stands in a version: a hand correction that found it nowhere says so. */
export function anchorStateLabel(anchor: { outcome: AnchorOutcome; exact: string | null }): string {
  return anchor.outcome === "corrected" && anchor.exact === null ? "marked removed by hand" : anchorOutcomeLabel[anchor.outcome];
}

export const stanceLabel: Record<Stance, string> = { supports: "Supports", contradicts: "Contradicts", context: "Adds context" };

export const sourceKindLabel: Record<SourceKind, string> = {
  primary_document: "Primary document",
  official_statement: "Official statement",
  news_report: "Wire or news report",
  expert: "Expert",
  dataset: "Dataset",
  social_post: "Social post",
  other: "Other",
};

export const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
export const publicDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
