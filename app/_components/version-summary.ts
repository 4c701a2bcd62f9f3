// The one sentence that sums up what a new version did to an article's claims.
import type { VersionSummary } from "@/server/versions/add-version";

/** Compared across several versions, claims made in between count as added. */
type Summary = VersionSummary & { added?: number };

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function versionSummaryText(s: Summary): string {
  return [
    `${s.unchanged} unchanged`,
    `${s.moved} moved`,
    `${s.modified} modified (${count(s.figuresRevised, "figure revised", "figures revised")})`,
    `${s.removed} removed`,
    ...(s.added ? [count(s.added, "new claim")] : []),
    count(s.newSuggestions, "new suggestion"),
  ].join(", ");
}
