import { describe, expect, it } from "vitest";
import { claimTimeline, verdictEvents } from "./claim-timeline";
import { versionTrail } from "./claim-trail";

const at = (hour: number) => new Date(Date.UTC(2016, 9, 20, hour));
const verdicts = [
  { rating: "mostly_true" as const, status: "superseded" as const, proposedAt: at(2), proposedBy: { name: "Jo" }, reviewedAt: at(3), reviewedBy: { name: "Ed" }, publishedAt: at(3), withdrawnAt: null, withdrawalReason: null },
  { rating: "false" as const, status: "changes_requested" as const, proposedAt: at(5), proposedBy: { name: "Jo" }, reviewedAt: at(6), reviewedBy: { name: "Ed" }, reviewComment: "Cite OCHA", publishedAt: null, withdrawnAt: null, withdrawalReason: null },
  { rating: "mixed" as const, status: "approved" as const, proposedAt: at(7), proposedBy: { name: "Jo" }, reviewedAt: at(8), reviewedBy: { name: "Ed" }, publishedAt: at(8), withdrawnAt: null, withdrawalReason: null },
];
const trail = versionTrail([
  { outcome: "created", exact: "250,000 trapped", changes: null, correctedAt: null, correctedBy: null, version: { number: 1, capturedAt: at(1) } },
  { outcome: "modified", exact: "275,000 trapped", changes: { kinds: ["figure-revised"], figures: [] }, correctedAt: null, correctedBy: null, version: { number: 2, capturedAt: at(4) } },
]);

describe("claimTimeline", () => {
  it("interleaves versions and published verdicts for the public, oldest first", () => {
    const entries = claimTimeline(trail, verdictEvents(verdicts, [{ at: at(9), rating: "mixed" }], { internal: false }));
    expect(entries.map((e) => (e.kind === "version" ? `v${e.version.number}` : e.verdict.event))).toEqual(["v1", "published", "v2", "revised", "confirmed"]);
  });

  it("shows the workspace proposals and requests for changes, with who and the comment", () => {
    const events = verdictEvents(verdicts, [], { internal: true });
    expect(events.filter((e) => e.event === "proposed")).toHaveLength(3);
    expect(events.find((e) => e.event === "changes_requested")).toMatchObject({ by: "Ed", note: "Cite OCHA", rating: "false" });
    expect(verdictEvents(verdicts, [], { internal: false }).some((e) => e.by !== null || e.event === "proposed")).toBe(false);
  });
});
