// A claim's timeline: its passage in every version of its article interleaved with what happened
// to its verdict, oldest first. The public reads only published, revised, withdrawn and
// confirmed verdicts; the workspace also sees proposals and requests for changes.
import type { Rating, VerdictStatus } from "../generated/prisma/enums";
import { isRating } from "../workflow/workflow-labels";
import type { TrailVersion } from "./claim-trail";

export type VerdictEventKind = "proposed" | "changes_requested" | "published" | "revised" | "withdrawn" | "confirmed";
export type VerdictEvent = { event: VerdictEventKind; at: Date; rating: Rating; by: string | null; note: string | null };

export type TimelineEntry = { kind: "version"; at: Date; version: TrailVersion } | { kind: "verdict"; at: Date; verdict: VerdictEvent };

type VerdictRow = {
  rating: Rating;
  status: VerdictStatus;
  proposedAt?: Date;
  proposedBy?: { name: string } | null;
  reviewedAt?: Date | null;
  reviewedBy?: { name: string } | null;
  reviewComment?: string | null;
  publishedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
};

/** `internal`: include proposals and requests for changes (workspace only). */
export function verdictEvents(verdicts: VerdictRow[], confirmations: { at: Date; rating: Rating }[], { internal }: { internal: boolean }): VerdictEvent[] {
  const events: VerdictEvent[] = [];
  const published = verdicts.filter((v) => v.publishedAt).sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime());
  for (const v of verdicts) {
    if (internal && v.proposedAt) {
      events.push({ event: "proposed", at: v.proposedAt, rating: v.rating, by: v.proposedBy?.name ?? null, note: null });
      if (v.status === "changes_requested" && v.reviewedAt) {
        events.push({ event: "changes_requested", at: v.reviewedAt, rating: v.rating, by: v.reviewedBy?.name ?? null, note: v.reviewComment ?? null });
      }
    }
    if (v.publishedAt) {
      const event = published[0] === v ? "published" : "revised";
      events.push({ event, at: v.publishedAt, rating: v.rating, by: internal ? (v.reviewedBy?.name ?? null) : null, note: null });
    }
    if (v.withdrawnAt) events.push({ event: "withdrawn", at: v.withdrawnAt, rating: v.rating, by: null, note: v.withdrawalReason });
  }
  for (const c of confirmations) events.push({ event: "confirmed", at: c.at, rating: c.rating, by: null, note: null });
  return events;
}

/** Editors' confirmations that a verdict still holds after an update, read from the activity log. */
export function confirmationsIn(activities: { kind: string; at: Date; data: unknown }[]): { at: Date; rating: Rating }[] {
  return activities.flatMap((a) => {
    const rating = (a.data as { rating?: unknown } | null)?.rating;
    return a.kind === "verdict.confirmed" && isRating(rating) ? [{ at: a.at, rating }] : [];
  });
}

export function claimTimeline(trail: TrailVersion[], events: VerdictEvent[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...trail.map((version): TimelineEntry => ({ kind: "version", at: version.capturedAt, version })),
    ...events.map((verdict): TimelineEntry => ({ kind: "verdict", at: verdict.at, verdict })),
  ];
  // A version and a verdict at the same moment: the text came first.
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === b.kind ? 0 : a.kind === "version" ? -1 : 1));
}
