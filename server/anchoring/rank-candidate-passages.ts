// Offers the passages of a new version where a claim the re-anchoring lost may now stand, for a
// journalist to confirm: each sentence of the new text is scored on general evidence — the rarer
// words it shares with the old quote, the same figures, the same claimant, and whether it stands
// where the claim stood (after the sentence that preceded it, before the one that followed, or
// between its neighbouring claims) — best first, with the reasons in words. A heavy rewrite shares
// few words with the old quote, so where a sentence stands weighs almost as much as what it says.

import { extractQuantities } from "../quantities/extract-quantities";
import type { QuoteAnchor } from "../text/quote-anchor";
import { splitSentences, type Span } from "../text/split-sentences";
import { words } from "../text/words";
import { indexSentences, type SentenceIndex } from "./find-candidates";
import { occurrenceFinder } from "./find-occurrences";
import { readAttributions } from "./read-attributions";

/** The claim as last found: its anchor in that version, that version's text, and who makes it. */
export type LostClaim = { anchor: QuoteAnchor; oldText: string; claimant: string | null };

/** A passage of the new text another claim stands on; `old` is where that claim stood before. */
export type HeldPassage = Span & { old: Span | null; statement: string };

export type CandidateReason = {
  kind: "words" | "figures" | "claimant" | "position" | "held" | "kept";
  detail: string;
};

export type CandidatePassage = Span & { exact: string; score: number; reasons: CandidateReason[] };

type Evidence = { words: number; position: number; figures: number | null; claimant: number | null };

const WEIGHTS: Record<keyof Evidence, number> = { words: 0.45, position: 0.35, figures: 0.1, claimant: 0.1 };
/** Another claim's passage is rarely where a lost one went; a sentence carried over word for word never is. */
const HELD_FACTOR = 0.6;
const KEPT_FACTOR = 0.5;
/** Characters from where the claim should stand at which the position evidence halves. */
const POSITION_SCALE = 150;
/** Below this, a sentence is no candidate at all. */
const MIN_SCORE = 0.1;
/** A word held by at most this share of the sentences is named in the reasons. */
const DISTINCTIVE_SHARE = 0.25;
const NAMED_WORDS = 4;

export function rankCandidatePassages(claim: LostClaim, newText: string, held: HeldPassage[], limit = 3): CandidatePassage[] {
  const sentences = splitSentences(newText);
  if (sentences.length === 0) return [];
  const index = indexSentences(newText, sentences);
  const quote = claim.anchor.exact;
  const quoteWords = contentWords(quote);
  const share = wordShares(index, quoteWords);
  const places = expectedPlaces(claim, newText, held);
  const figures = extractQuantities(quote);
  const speakers = claimantHeads(claim.claimant, quote);
  const keptSentences = sentencesKept(claim);

  const ranked = sentences.map((span, i): CandidatePassage => {
    const exact = newText.slice(span.start, span.end);
    const sentenceWords = new Set(words(exact));
    const reasons: CandidateReason[] = [];
    const place = closestPlace(span, places);
    const evidence: Evidence = { words: share[i]!, position: place.score, figures: null, claimant: null };

    const named = distinctiveShared(index, quoteWords, sentenceWords);
    if (named.length > 0) reasons.push({ kind: "words", detail: `shares ${plural(named.length, "distinctive word")}: ${named.map((w) => `“${w}”`).join(", ")}` });
    if (figures.length > 0) {
      const found = extractQuantities(exact);
      const same = figures.filter((f) => found.some((g) => g.value === f.value && g.unit === f.unit));
      evidence.figures = same.length / figures.length;
      if (same.length > 0) reasons.push({ kind: "figures", detail: `same ${same.length === 1 ? "figure" : "figures"}: ${same.map((f) => f.figure).join(", ")}` });
    }
    if (speakers.length > 0) {
      const same = speakers.find((s) => sentenceWords.has(s.head));
      evidence.claimant = same ? 1 : 0;
      if (same) reasons.push({ kind: "claimant", detail: `same claimant: ${same.name}` });
    }
    if (place.score >= 0.99 && place.by.length > 0) reasons.push({ kind: "position", detail: `stands where the claim stood: ${place.by.join(" and ")}` });
    else if (place.score >= 0.5 && place.by.length > 0) reasons.push({ kind: "position", detail: "stands near where the claim stood" });

    let score = combine(evidence);
    const holder = held.find((h) => h.start < span.end && span.start < h.end);
    if (holder) {
      score *= HELD_FACTOR;
      reasons.push({ kind: "held", detail: `already the passage of the claim “${holder.statement}”` });
    }
    if (keptSentences.has(exact)) {
      score *= KEPT_FACTOR;
      reasons.push({ kind: "kept", detail: "stood word for word in the previous version, as another sentence" });
    }
    return { ...span, exact, score: Math.round(score * 100) / 100, reasons };
  });
  return ranked
    .filter((c) => c.score >= MIN_SCORE && c.reasons.some((r) => r.kind !== "held" && r.kind !== "kept"))
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, limit);
}

function combine(e: Evidence): number {
  let total = 0;
  let weights = 0;
  for (const key of Object.keys(WEIGHTS) as (keyof Evidence)[]) {
    const value = e[key];
    if (value === null) continue;
    total += WEIGHTS[key] * value;
    weights += WEIGHTS[key];
  }
  return total / weights;
}

// Words that say nothing about what a sentence is about: they neither count nor get named.
const FUNCTION_WORDS = new Set([
  "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "them", "his", "her",
  "their", "we", "our", "you", "your", "i", "me", "my", "who", "whom", "which", "what", "be", "is", "are",
  "was", "were", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall",
  "should", "can", "could", "may", "might", "must", "of", "in", "on", "at", "by", "for", "from", "to",
  "with", "into", "onto", "as", "about", "than", "then", "and", "or", "but", "nor", "so", "if", "not",
  "no", "also", "just", "there", "here", "s",
]);

/** The quote's words that carry meaning (all of them when it holds nothing else). */
function contentWords(quote: string): string[] {
  const all = [...new Set(words(quote))];
  const content = all.filter((w) => !FUNCTION_WORDS.has(w));
  return content.length > 0 ? content : all;
}

/** Per sentence, the share of the quote's words it holds, each weighted by its rarity in the new text. */
function wordShares(index: SentenceIndex, quoteWords: string[]): number[] {
  const covered = new Array<number>(index.sentenceCount).fill(0);
  let total = 0;
  for (const w of quoteWords) {
    const holders = index.postings.get(w) ?? [];
    const weight = Math.log(1 + index.sentenceCount / Math.max(0.5, holders.length));
    total += weight;
    for (const i of holders) covered[i]! += weight;
  }
  return covered.map((c) => (total > 0 ? c / total : 0));
}

/** The quote's words the sentence holds that few others do, rarest first; figures are named as figures. */
function distinctiveShared(index: SentenceIndex, quoteWords: string[], sentenceWords: Set<string>): string[] {
  const most = Math.max(1, index.sentenceCount * DISTINCTIVE_SHARE);
  return quoteWords
    .filter((w) => sentenceWords.has(w) && index.postings.get(w)!.length <= most && !/^\p{N}+$/u.test(w))
    .sort((a, b) => index.postings.get(a)!.length - index.postings.get(b)!.length)
    .slice(0, NAMED_WORDS);
}

/** Who makes the claim, by the last word of its name (a surname, "army", "Nations"): the claimant given, and any speaker the old quote names. */
function claimantHeads(claimant: string | null, quote: string): { name: string; head: string }[] {
  const named = [...(claimant ? [{ name: claimant, words: words(claimant) }] : []), ...readAttributions(quote).map((speaker) => ({ name: "", words: speaker.split(" to ")[0]!.split(" ") }))];
  const heads = new Map<string, string>();
  for (const { name, words: w } of named) {
    const head = w.at(-1);
    if (head && !/^\p{N}+$/u.test(head) && !heads.has(head)) heads.set(head, name ? `${name} (“${head}”)` : `“${head}”, the speaker in the old quote`);
  }
  return [...heads].map(([head, name]) => ({ name, head }));
}

/** Sentences of the old text other than the claim's own: a new sentence equal to one was carried over, not rewritten. */
function sentencesKept({ anchor, oldText }: LostClaim): Set<string> {
  return new Set(
    splitSentences(oldText)
      .filter((s) => s.end <= anchor.start || s.start >= anchor.end)
      .map((s) => oldText.slice(s.start, s.end)),
  );
}

/** Where the claim should stand in the new text: after `lo`, before `hi`, each said in words. */
type Place = { lo: Bound | null; hi: Bound | null; proportional: number };

function expectedPlaces(claim: LostClaim, newText: string, held: HeldPassage[]): Place[] {
  const { anchor, oldText } = claim;
  const ratio = newText.length / Math.max(1, oldText.length);
  const proportional = Math.round(anchor.start * ratio);
  const near = (places: number[]) => places.sort((a, b) => Math.abs(a - proportional) - Math.abs(b - proportional))[0];
  const lo = boundBefore(claim, newText, held, near);
  const hi = boundAfter(claim, newText, held, near);
  // Neighbours on the wrong sides of each other (a paragraph moved): one of them moved with the
  // claim, so each is a place of its own.
  if (lo && hi && lo.at > hi.at) return [{ lo, hi: null, proportional }, { lo: null, hi, proportional }];
  return [{ lo, hi, proportional }];
}

/** The place the sentence stands closest to: 1 inside it, less the further away. */
function closestPlace(span: Span, places: Place[]): { score: number; by: string[] } {
  return places
    .map((place) => ({ score: placeScore(span, place), by: [place.lo?.by, place.hi?.by].filter((b) => b !== undefined) }))
    .reduce((best, next) => (next.score > best.score ? next : best));
}

type Bound = { at: number; by: string };

// A few look-ups per lost claim, each one pass over the text: no index worth sharing between them.
const occurrences = (text: string, quote: string, startsWord: boolean) => occurrenceFinder(text, 1)(quote, startsWord);
type Nearest = (places: number[]) => number | undefined;

// The sentence that preceded the claim, found word for word; else the claim's prefix; else the
// nearest claim before it that is anchored in both versions.
function boundBefore({ anchor, oldText }: LostClaim, newText: string, held: HeldPassage[], near: Nearest): Bound | null {
  const before = oldText.slice(anchor.start, anchor.end) === anchor.exact ? splitSentences(oldText.slice(0, anchor.start)).at(-1) : undefined;
  if (before) {
    const sentence = oldText.slice(before.start, before.end);
    const at = near(occurrences(newText, sentence, true));
    if (at !== undefined) return { at: at + sentence.length, by: `after “${tail(sentence)}”` };
  }
  const prefix = anchor.prefix.trimStart();
  if (prefix.trim().length >= 8) {
    const at = near(occurrences(newText, prefix, false));
    if (at !== undefined) return { at: at + prefix.length, by: `after “${tail(prefix)}”` };
  }
  const neighbour = held.filter((h) => h.old && h.old.end <= anchor.start).sort((a, b) => b.old!.end - a.old!.end)[0];
  return neighbour ? { at: neighbour.end, by: `after the claim “${neighbour.statement}”` } : null;
}

function boundAfter({ anchor, oldText }: LostClaim, newText: string, held: HeldPassage[], near: Nearest): Bound | null {
  const after = oldText.slice(anchor.start, anchor.end) === anchor.exact ? splitSentences(oldText.slice(anchor.end)).at(0) : undefined;
  if (after) {
    const sentence = oldText.slice(anchor.end + after.start, anchor.end + after.end);
    const at = near(occurrences(newText, sentence, true));
    if (at !== undefined) return { at, by: `before “${head(sentence)}”` };
  }
  const suffix = anchor.suffix.trimEnd();
  if (suffix.trim().length >= 8) {
    const at = near(occurrences(newText, suffix, false));
    if (at !== undefined) return { at, by: `before “${head(suffix)}”` };
  }
  const neighbour = held.filter((h) => h.old && h.old.start >= anchor.end).sort((a, b) => a.old!.start - b.old!.start)[0];
  return neighbour ? { at: neighbour.start, by: `before the claim “${neighbour.statement}”` } : null;
}

function placeScore(span: Span, place: Place): number {
  const lo = place.lo?.at ?? null;
  const hi = place.hi?.at ?? null;
  const distance =
    lo !== null && hi !== null ? Math.max(0, lo - span.start, span.end - hi)
    : lo !== null ? Math.abs(span.start - lo)
    : hi !== null ? Math.abs(hi - span.end)
    : Math.abs(span.start - place.proportional);
  // Only the blank space between sentences separates a sentence from its place.
  return 1 / (1 + Math.max(0, distance - 3) / POSITION_SCALE);
}

const EXCERPT_WORDS = 6;

function tail(text: string): string {
  const w = text.trim().split(/\s+/);
  return w.length <= EXCERPT_WORDS ? text.trim() : `…${w.slice(-EXCERPT_WORDS).join(" ")}`;
}

function head(text: string): string {
  const w = text.trim().split(/\s+/);
  return w.length <= EXCERPT_WORDS ? text.trim() : `${w.slice(0, EXCERPT_WORDS).join(" ")}…`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
