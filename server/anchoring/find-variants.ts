// Finds the passages of a new version that may be an edited variant of a claim: sentences sharing
// its rarer words or standing where its neighbours now are, compared with it by edit distance
// (or, for a sentence cut down or rewritten around most of its words, by shared words).

import { isWordCharAt, wordDice } from "../text/words";
import { candidateSentences, type SentenceIndex } from "./find-candidates";
import { matchLocalEdit } from "./match-local-edit";
import { matchQuote, type QuoteMatch } from "./match-quote";
import type { ClaimAnchor } from "./reanchor";
import { contextSimilarity, positionSimilarity, quoteSimilarity, scoreMatch } from "./score-match";
import { snapToSentences, snapToWords } from "./snap-span";
import { sentenceAt, type Span } from "../text/split-sentences";

export type Variant = {
  /** The part of the new text aligned with the claim. */
  start: number;
  end: number;
  /** What a reader would select: whole sentences for a sentence claim, whole words otherwise. */
  span: Span;
  /** Similarity of quote and passage, 0..1. */
  quote: number;
  score: number;
};

/** Best-sharing sentences examined per claim. */
const CANDIDATE_SENTENCES = 3;
/** Least share of the claim's (rarity-weighted) words a sentence must hold to be examined… */
const MIN_WORD_SHARE = 0.2;
/** …away from where the neighbours point (few below this ever match)… */
const MIN_SHARE_ELSEWHERE = 0.5;
/** …and, where they point but below that share, least Dice of plain words to be worth a search. */
const MIN_WORD_DICE_TO_SEARCH = 0.4;
/** Characters searched beyond a candidate sentence's edges. */
const REGION_MARGIN = 24;
/** Below this similarity of quote and passage, the claim is removed (calibrated on edited copy). */
const MIN_QUOTE_SIMILARITY = 0.55;
/** Share of words (Dice) that makes a whole sentence a heavily edited variant of a claim. */
const MIN_WORD_DICE = 0.6;
/** …or, for the sentence where the claim's neighbours say it should be, this share. */
const MIN_WORD_DICE_IN_PLACE = 0.5;
/** Characters of a phrase's beginning and end that locate it for a local edit. */
const PHRASE_EDGE = 12;
/** Longest growth (in characters) still treated as one local edit: a qualifier, not a sentence. */
const LOCAL_GROWTH = 20;
/** A passage this similar where the claim's neighbours point needs no search elsewhere… */
const CLOSE_VARIANT = 0.8;
/** …when no other sentence comes within this share of words of it. */
/** A passage this similar, with one local edit where the neighbours point, is the claim. */
const SURE_VARIANT = 0.9;
const DISTINCT_SHARE = 0.1;

/**
 * `expected`: where the claim should start, judging by its neighbours that stand word for word in both versions;
 * `claimSentences`: for a claim of whole sentences, the sentences of the text to snap it to
 * (read the way the claim was cut), else null; `rewordsAnother`: whether a new sentence shares
 * more than `share` of its words with another edited sentence of the old version.
 */
export function findVariants(
  text: string,
  sentences: Span[],
  edited: boolean[],
  index: SentenceIndex,
  a: ClaimAnchor,
  expected: number[],
  claimSentences: Span[] | null,
  rewordsAnother: (sentence: Span, share: number) => boolean,
): Variant[] {
  const wholeSentences = claimSentences !== null;
  // Most edited claims are still where their neighbours say, with one small edit: found there,
  // nothing else needs searching.
  if (sentences.length > 0) {
    for (const at of expected) {
      const i = sentenceAt(sentences, at);
      if (!edited[i]) continue;
      const s = sentences[i]!;
      const m = claimSentences ? closeLocalEdit(text, a.exact, s) : closePhraseEdit(text, a.exact, s);
      const quote = m ? quoteSimilarity(a.exact.length, m.end - m.start, m.errors) : 0;
      if (m && quote >= SURE_VARIANT) return [variant(text, a, m, quote, expected, claimSentences)];
    }
  }
  // The best-sharing sentences, and those where the neighbours say the claim should be, provided
  // they share enough words: a sentence that shares none is never a variant of the claim.
  // Where the neighbours point is tried first; a close variant there ends the search, unless
  // another sentence shares about as many words (a repeated sentence, a recap).
  const sharing = candidateSentences(index, a.exact, MIN_WORD_SHARE);
  const length = a.end - a.start;
  const near = new Set(expected.flatMap((at) => [sentenceAt(sentences, at), sentenceAt(sentences, at + length - 1)]));
  const inPlace = sharing.filter((c) => near.has(c.sentence));
  const order = [...new Set([...inPlace, ...sharing.slice(0, CANDIDATE_SENTENCES).filter((c) => c.share >= MIN_SHARE_ELSEWHERE)])];
  const rival = sharing.find((c) => !near.has(c.sentence))?.share ?? 0;
  const found: Variant[] = [];
  for (const { sentence: i, share } of order) {
    if (found.some((f) => f.quote >= CLOSE_VARIANT) && (inPlace[0]?.share ?? 0) - rival > DISTINCT_SHARE) break;
    const s = sentences[i]!;
    let dice: number | undefined;
    const sharedWords = () => (dice ??= wordDice(a.exact, text.slice(s.start, s.end)));
    if (share < MIN_SHARE_ELSEWHERE && sharedWords() < MIN_WORD_DICE_TO_SEARCH) continue;
    const match = (wholeSentences ? closeLocalEdit(text, a.exact, s) : closePhraseEdit(text, a.exact, s)) ?? matchInRegion(text, a.exact, s);
    const similarity = match ? quoteSimilarity(a.exact.length, match.end - match.start, match.errors) : 0;
    let passage = match && similarity >= MIN_QUOTE_SIMILARITY ? { m: match as Span, quote: similarity } : null;
    // A sentence cut down to part of the claim, or rewritten around most of its words, is too far
    // in edit distance but still shares most of its words.
    if (!passage && wholeSentences && sharedWords() >= (near.has(i) ? MIN_WORD_DICE_IN_PLACE : MIN_WORD_DICE)) passage = { m: s, quote: sharedWords() };
    // A loose match in a sentence that shares more words with another edited sentence of the old
    // version is that sentence reworded (a deleted claim's sibling), not this claim.
    if (passage && passage.quote < CLOSE_VARIANT && wholeSentences && rewordsAnother(s, sharedWords())) passage = null;
    if (!passage || found.some((f) => f.start === passage.m.start && f.end === passage.m.end)) continue;
    found.push(variant(text, a, passage.m, passage.quote, expected, claimSentences));
  }
  return found;
}

function variant(text: string, a: ClaimAnchor, m: Span, quote: number, expected: number[], claimSentences: Span[] | null): Variant {
  const span = claimSentences ? snapToSentences(text, claimSentences, m) : snapToWords(text, m);
  const position = Math.max(...expected.map((at) => positionSimilarity(m.start - at)));
  const context = contextSimilarity(text, m.start, m.end, a.prefix, a.suffix);
  // The passage the claim holds is the aligned region, minus what spilled over the span's edges.
  const held = { start: Math.max(m.start, span.start), end: Math.min(m.end, span.end) };
  return { ...held, span, quote, score: scoreMatch({ quote, context, position }) };
}

/**
 * Sentence `s` as the claim with one small local edit (the common case). A sentence that grew by
 * more than a qualifier or a few words may have had another sentence joined on, or a clause put in
 * front: the claim is then its beginning or its end, nearly word for word.
 */
function closeLocalEdit(text: string, quote: string, s: Span) {
  if (s.end - s.start <= quote.length + LOCAL_GROWTH) {
    const m = matchLocalEdit(text, quote, s.start, s.end);
    return m && quoteSimilarity(quote.length, s.end - s.start, m.errors) >= CLOSE_VARIANT ? m : null;
  }
  let head = 0;
  while (head < quote.length && quote.charCodeAt(head) === text.charCodeAt(s.start + head)) head++;
  if (head >= SURE_VARIANT * quote.length) return { start: s.start, end: s.start + quote.length, errors: quote.length - head };
  let tail = 0;
  while (tail < quote.length && quote.charCodeAt(quote.length - 1 - tail) === text.charCodeAt(s.end - 1 - tail)) tail++;
  if (tail >= SURE_VARIANT * quote.length) return { start: s.end - quote.length, end: s.end, errors: quote.length - tail };
  return null;
}

/**
 * The phrase with one small local edit inside sentence `s`: its first or last characters found,
 * and the passage from there to a word edge close to it. Spares the approximate search in the
 * common case.
 */
function closePhraseEdit(text: string, quote: string, s: Span): QuoteMatch | null {
  const edge = Math.min(PHRASE_EDGE, Math.floor(quote.length / 3));
  if (edge === 0) return null;
  const from = Math.max(0, s.start - REGION_MARGIN);
  const to = Math.min(text.length, s.end + REGION_MARGIN);
  const region = text.slice(from, to);
  const head = region.indexOf(quote.slice(0, edge));
  const tail = region.lastIndexOf(quote.slice(-edge));
  // The edit may be anywhere, including over the characters not found: the other edge is tried at
  // every word edge within a local edit's growth.
  const spans: Span[] = [];
  for (let d = -LOCAL_GROWTH; d <= LOCAL_GROWTH; d++) {
    if (head >= 0) spans.push({ start: from + head, end: from + head + quote.length + d });
    if (tail >= 0) spans.push({ start: from + tail + edge - quote.length - d, end: from + tail + edge });
  }
  let best: QuoteMatch | null = null;
  for (const { start, end } of spans) {
    if (start < from || end > to || end <= start || !isWordEdge(text, start) || !isWordEdge(text, end)) continue;
    const m = matchLocalEdit(text, quote, start, end);
    if (m && (!best || m.errors < best.errors)) best = m;
  }
  return best && quoteSimilarity(quote.length, best.end - best.start, best.errors) >= CLOSE_VARIANT ? best : null;
}

function isWordEdge(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || isWordCharAt(text, at - 1) !== isWordCharAt(text, at);
}

/**
 * The closest passage around sentence `s`, widened by what the quote has more than it (a claim
 * split in two), and widened again when the passage runs into the edge of the region.
 */
function matchInRegion(text: string, quote: string, s: Span) {
  const widen = Math.max(0, quote.length - (s.end - s.start)) + REGION_MARGIN;
  const from = Math.max(0, s.start - widen);
  const to = Math.min(text.length, s.end + widen);
  const m = matchQuote(text, quote, from, to);
  if (!m || ((m.start > from || from === 0) && (m.end < to || to === text.length))) return m;
  return matchQuote(text, quote, Math.max(0, from - quote.length), Math.min(text.length, to + quote.length));
}

