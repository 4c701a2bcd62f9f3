// Words the UI shows for the domain's enum values.
export const claimKindLabel = {
  statistic: "Statistic",
  attribution: "Attribution / quote",
  event: "Event",
  causal: "Causal",
  prediction: "Prediction",
  other: "Other",
} as const;

export const reviewStateLabel = {
  open: "Open",
  proposed: "Proposed",
  changes_requested: "Changes requested",
  approved: "Approved",
} as const;

export const stanceLabel = { supports: "Supports", contradicts: "Contradicts", context: "Adds context" } as const;

export const sourceKindLabel = {
  primary_document: "Primary document",
  official_statement: "Official statement",
  news_report: "Wire or news report",
  expert: "Expert",
  dataset: "Dataset",
  social_post: "Social post",
  other: "Other",
} as const;

export const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
