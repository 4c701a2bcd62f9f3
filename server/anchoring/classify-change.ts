// Says what changed in a re-anchored claim, in newsroom terms: figures revised (old → new, with
// qualifiers), a qualifier or hedge changed, the attribution changed, wording only, joined with a
// neighbour or split; plus the word-level diff between the old and new quote.

import { compareQuantities, type FigureChange } from "../quantities/compare-quantities";
import { extractQuantities, touchesFigures, type Quantity } from "../quantities/extract-quantities";
import { diffWords, type DiffPart } from "../text/diff-words";
import { words } from "../text/words";
import { mayAttribute, readSpeakers, type Speaker } from "./read-attributions";
import { mayHedge, readHedges } from "./read-hedges";

export type ChangeKind =
  | "figure-revised"
  | "figure-added"
  | "figure-dropped"
  | "qualifier-changed"
  | "attribution-changed"
  | "wording"
  | "joined"
  | "split";

export type { DiffPart };

export type ChangeReport = { diff: DiffPart[]; numbers: FigureChange[]; changes: ChangeKind[] };

/**
 * `aligned` is the range of `newQuote` that corresponds to the old quote (for a joined claim, its
 * own half of the joined sentence); figures and wording are compared on it, while the diff shows
 * the whole new quote.
 */
export function classifyChange(
  oldQuote: string,
  newQuote: string,
  aligned: { start: number; end: number },
  structure: { joined: boolean; split: boolean },
): ChangeReport {
  const diff = diffWords(oldQuote, newQuote);
  const alignedText = newQuote.slice(aligned.start, aligned.end);
  const oldWords = words(oldQuote);
  const newWords = words(alignedText);
  const attributed = mayAttribute(oldWords) || mayAttribute(newWords);
  const speakers = attributed ? { old: readSpeakers(oldQuote), new: readSpeakers(alignedText) } : { old: [], new: [] };
  const attributionChanged = !same(names(speakers.old), names(speakers.new));
  // Quantities are read on the whole new quote so a qualifier just before the aligned range counts;
  // only when the edit touched a figure or a qualifier's word.
  const edited = diff.filter((p) => p.op !== "equal").map((p) => p.text).join(" ");
  let figures = { old: [] as Quantity[], new: [] as Quantity[] };
  if (touchesFigures(edited)) {
    figures = { old: extractQuantities(oldQuote), new: extractQuantities(newQuote).filter((q) => q.start >= aligned.start && q.end <= aligned.end) };
    // A figure that counts who speaks ("two officials said", "citing three sources") came or went
    // with the attribution: it is not a figure of the claim.
    if (attributionChanged) figures = { old: outsideSpeakers(figures.old, speakers.old, 0), new: outsideSpeakers(figures.new, speakers.new, aligned.start) };
    figures = { old: withoutPairsNamedBoth(figures.old, oldQuote, alignedText), new: withoutPairsNamedBoth(figures.new, newQuote, oldQuote) };
  }
  const { changed, requalified } = compareQuantities(figures.old, figures.new);
  const changes: ChangeKind[] = [];
  if (changed.some((c) => c.old !== null && c.new !== null)) changes.push("figure-revised");
  if (changed.some((c) => c.old === null)) changes.push("figure-added");
  if (changed.some((c) => c.new === null)) changes.push("figure-dropped");
  // Hedges are read only where a word could be one (few passages hold any). A hedge in the words
  // naming a speaker added or dropped ("according to preliminary figures") came with the attribution.
  const hedged = mayHedge(oldWords) || mayHedge(newWords);
  const unspoken = (text: string, spoken: Speaker[]) => (attributionChanged ? blankOut(text, spoken) : text);
  if (requalified.length > 0 || (hedged && !same(readHedges(unspoken(oldQuote, speakers.old)), readHedges(unspoken(alignedText, speakers.new))))) {
    changes.push("qualifier-changed");
  }
  if (attributionChanged) changes.push("attribution-changed");
  // Punctuation or capitals edited with the words kept ("rebel-held" → "rebel held") are wording
  // too, unless the sentence was joined or split, which is what changed its punctuation.
  const reworded = oldWords.join(" ") !== newWords.join(" ") || (!structure.joined && !structure.split && oldQuote !== alignedText);
  if (changes.length === 0 && reworded) changes.push("wording");
  if (structure.joined) changes.push("joined");
  if (structure.split) changes.push("split");
  return { diff, numbers: changed, changes };
}

/** The text with the speakers' words replaced by spaces (offsets kept). */
function blankOut(text: string, spoken: Speaker[]): string {
  let out = text;
  for (const s of spoken) out = out.slice(0, s.start) + " ".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

function outsideSpeakers(figures: Quantity[], spoken: Speaker[], offset: number): Quantity[] {
  return figures.filter((q) => !spoken.some((s) => q.start - offset >= s.start && q.end - offset <= s.end));
}

/**
 * "Both" is a determiner that counts two: "the two leaders" → "both leaders" keeps the count, so a
 * two before a word is not a figure of its own when the other version has more "both" before that
 * word than this one.
 */
function withoutPairsNamedBoth(figures: Quantity[], text: string, otherText: string): Quantity[] {
  const surplus = new Map<string, number>();
  return figures.filter((q) => {
    if (q.value !== 2 || q.unit !== null) return true;
    const next = wordAfter(text, q.end);
    if (next === null) return true;
    const left = surplus.get(next) ?? countBothBefore(otherText, next) - countBothBefore(text, next);
    surplus.set(next, left - 1);
    return left <= 0;
  });
}

function wordAfter(text: string, offset: number): string | null {
  return /^\s+([\p{L}\p{N}]+)/u.exec(text.slice(offset))?.[1]?.toLowerCase() ?? null;
}

function countBothBefore(text: string, word: string): number {
  return words(text).filter((w, i, all) => w === "both" && all[i + 1] === word).length;
}

function names(speakers: Speaker[]): string[] {
  return speakers.map((s) => s.name).sort();
}

function same(a: string[], b: string[]): boolean {
  return a.join("|") === b.join("|");
}
