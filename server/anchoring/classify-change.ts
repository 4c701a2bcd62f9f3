// Says what changed in a re-anchored claim, in newsroom terms: figures revised (old → new, with
// qualifiers), a qualifier or hedge changed, the attribution changed, wording only, joined with a
// neighbour or split; plus the word-level diff between the old and new quote (jsdiff).

import { diffWords } from "diff";
import { compareQuantities, type FigureChange } from "../quantities/compare-quantities";
import { extractQuantities } from "../quantities/extract-quantities";
import { words } from "./find-candidates";

export type ChangeKind =
  | "figure-revised"
  | "qualifier-changed"
  | "attribution-changed"
  | "wording"
  | "joined"
  | "split";

export type DiffPart = { op: "equal" | "insert" | "delete"; text: string };

export type ChangeReport = { diff: DiffPart[]; numbers: FigureChange[]; changes: ChangeKind[] };

const HEDGES = new Set([
  "reportedly", "allegedly", "apparently", "purportedly", "possibly", "probably", "likely",
  "may", "might", "could", "believed", "suspected", "unconfirmed", "appears", "appeared",
  "seems", "seemed", "estimated", "expected", "presumably",
]);

const ATTRIBUTION_VERB = /\b(?:said|says|told|reported|claimed|stated|announced|confirmed|insisted|alleged)\b/g;
const ACCORDING_TO = /\baccording to ([^,.;]+)/g;
/** Words before an attribution verb that may name who speaks. */
const SPEAKER_WORDS = 6;

/**
 * `aligned` is the range of `newQuote` that corresponds to the old quote (for a joined claim, its
 * own half of the joined sentence); figures and wording are compared on it, while the diff shows
 * the whole new quote.
 */
// Unicode word boundaries keep "250,000" and "U.N." whole, so a revised figure reads as one change.
const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

export function classifyChange(
  oldQuote: string,
  newQuote: string,
  aligned: { start: number; end: number },
  structure: { joined: boolean; split: boolean },
): ChangeReport {
  const diff = diffWords(oldQuote, newQuote, { intlSegmenter: wordSegmenter }).map(
    (c): DiffPart => ({ op: c.added ? "insert" : c.removed ? "delete" : "equal", text: c.value }),
  );
  // Quantities are read on the whole new quote so a qualifier just before the aligned range counts.
  const { revised, requalified } = compareQuantities(
    extractQuantities(oldQuote),
    extractQuantities(newQuote).filter((q) => q.start >= aligned.start && q.end <= aligned.end),
  );
  const alignedText = newQuote.slice(aligned.start, aligned.end);
  const changes: ChangeKind[] = [];
  if (revised.length > 0) changes.push("figure-revised");
  if (requalified.length > 0 || hedges(oldQuote) !== hedges(alignedText)) changes.push("qualifier-changed");
  if (sources(oldQuote) !== sources(alignedText)) changes.push("attribution-changed");
  if (changes.length === 0 && words(oldQuote).join(" ") !== words(alignedText).join(" ")) changes.push("wording");
  if (structure.joined) changes.push("joined");
  if (structure.split) changes.push("split");
  return { diff, numbers: revised, changes };
}

// Case kept: "may" hedges, "May" is a month.
function hedges(text: string): string {
  return (text.match(/\p{L}+/gu) ?? []).filter((w) => HEDGES.has(w)).sort().join(" ");
}

/** Who says it: the names in "according to X" and in the words before "said" (or after it, at the end). */
function sources(text: string): string {
  const phrases = [...text.matchAll(ACCORDING_TO)].map((m) => m[1]!);
  for (const m of text.matchAll(ATTRIBUTION_VERB)) {
    const before = text.slice(Math.max(0, m.index - 90), m.index).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    phrases.push(before.slice(-SPEAKER_WORDS).join(" "));
    const after = text.slice(m.index + m[0].length);
    if (/^\s+[^,.;"”]{1,80}[,.;]?\s*$/.test(after)) phrases.push(after);
  }
  const names = phrases.flatMap((p) => p.match(/\p{Lu}[\p{L}\p{N}'’-]*/gu) ?? []);
  return [...new Set(names)].sort().join(" ");
}
