// Says what changed in a re-anchored claim, in newsroom terms: figures revised (old → new, with
// qualifiers), a qualifier or hedge changed, the attribution changed, wording only, joined with a
// neighbour or split; plus the word-level diff between the old and new quote (jsdiff).

import { diffWords } from "diff";
import { compareQuantities, type FigureChange } from "../quantities/compare-quantities";
import { extractQuantities } from "../quantities/extract-quantities";
import { words } from "../text/words";
import { readAttributions } from "./read-attributions";
import { readHedges } from "./read-hedges";

export type ChangeKind =
  | "figure-revised"
  | "figure-added"
  | "figure-dropped"
  | "qualifier-changed"
  | "attribution-changed"
  | "wording"
  | "joined"
  | "split";

export type DiffPart = { op: "equal" | "insert" | "delete"; text: string };

export type ChangeReport = { diff: DiffPart[]; numbers: FigureChange[]; changes: ChangeKind[] };

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
  const { changed, requalified } = compareQuantities(
    extractQuantities(oldQuote),
    extractQuantities(newQuote).filter((q) => q.start >= aligned.start && q.end <= aligned.end),
  );
  const alignedText = newQuote.slice(aligned.start, aligned.end);
  const changes: ChangeKind[] = [];
  if (changed.some((c) => c.old !== null && c.new !== null)) changes.push("figure-revised");
  if (changed.some((c) => c.old === null)) changes.push("figure-added");
  if (changed.some((c) => c.new === null)) changes.push("figure-dropped");
  if (requalified.length > 0 || !same(readHedges(oldQuote), readHedges(alignedText))) changes.push("qualifier-changed");
  if (!same(readAttributions(oldQuote), readAttributions(alignedText))) changes.push("attribution-changed");
  if (changes.length === 0 && words(oldQuote).join(" ") !== words(alignedText).join(" ")) changes.push("wording");
  if (structure.joined) changes.push("joined");
  if (structure.split) changes.push("split");
  return { diff, numbers: changed, changes };
}

function same(a: string[], b: string[]): boolean {
  return a.join("|") === b.join("|");
}
