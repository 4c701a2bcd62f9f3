// Finds every claim of an article's previous version again in its new version and says what
// happened to it: unchanged, moved, modified (with the diff, revised figures and kind of change)
// or removed. Exact search first, then approximate search near likely sentences, each round
// resolved by a one-to-one assignment.

import type { FigureChange } from "../quantities/compare-quantities";
import { alignSentences } from "./align-sentences";
import { assignOneToOne, type Candidate } from "./assign";
import { checkAnchors } from "./check-anchors";
import { classifyChange, type ChangeKind, type DiffPart } from "./classify-change";
import { indexSentences } from "./find-candidates";
import { occurrenceFinder, startsWord, startsWordAt } from "./find-occurrences";
import { inPlaceFinder } from "./find-in-place";
import { findVariants } from "./find-variants";
import { contextSimilarity, positionSimilarity, scoreMatch } from "./score-match";
import { sentencesIn } from "./snap-span";
import { quoteAnchor, type QuoteAnchor } from "../text/quote-anchor";
import { isAsciiWordChar, isWordCharAt, wordDice, words } from "../text/words";
import { sentenceAt, splitSentences, type Span } from "../text/split-sentences";

/** A claim's anchor in the previous version: TextQuoteSelector + TextPositionSelector. */
export type ClaimAnchor = QuoteAnchor & { id: string };

/** `unanchored`: the claim's stored anchor does not quote the old text, so it cannot be followed. */
export type Outcome = "unchanged" | "moved" | "modified" | "removed" | "unanchored";

export type ReanchorResult = {
  id: string;
  outcome: Outcome;
  /** The new selectors; absent when the claim was removed. */
  start?: number;
  end?: number;
  exact?: string;
  prefix?: string;
  suffix?: string;
  /** Confidence in the match, 0..1; 0 when removed. */
  score: number;
  /** Figures changed, old → new (null on the side where one was added or dropped); empty when none changed. */
  numbers: FigureChange[];
  changes: ChangeKind[];
  /** Word-level difference from the old quote to the new one; empty when the quote stands word for word. */
  diff: DiffPart[];
  /** Present when the stored anchor did not match the old text: what was wrong, and what was done. */
  problem?: string;
};

export type { ChangeKind, DiffPart, FigureChange };

/** Sentences each side of a claim's old place whose edited forms may be mistaken for it. */
const RIVAL_REACH = 3;

/** Verbatim occurrences considered per claim, the nearest to its old place (a phrase can repeat). */
const MAX_OCCURRENCES = 50;

type Found = Candidate & { span: Span; quote: number; exactMatch: boolean };

/** Text that stands word for word in both versions: where it was (`old`) and where it is. */
type Landmark = Span & { old: Span };

/** Sentences of both versions, read one way. */
type Reading = { old: Span[]; new: Span[] };

export function reanchorClaims(oldText: string, newText: string, claims: ClaimAnchor[]): ReanchorResult[] {
  const checks = checkAnchors(oldText, claims);
  const followed = followAnchors(oldText, newText, checks.flatMap((c) => (c.followable ? [c.anchor] : [])));
  let next = 0;
  return checks.map(({ anchor, followable, problem }): ReanchorResult => {
    if (!followable) return { ...removed(anchor), outcome: "unanchored", diff: [], problem };
    const result = followed[next++]!;
    return problem ? { ...result, problem } : result;
  });
}

function followAnchors(oldText: string, newText: string, anchors: ClaimAnchor[]): ReanchorResult[] {
  const sentences: Reading = { old: splitSentences(oldText), new: splitSentences(newText) };
  const newSentences = sentences.new;
  // A claim cut at a full stop the splitter reads as an abbreviation ("…, the U.S." before
  // "Federal Bureau") was still selected as a sentence by whoever cut it, and is followed as one.
  let everyStop: Reading | undefined;
  const readingOf = (a: ClaimAnchor): Reading | null => {
    if (isWholeSentences(sentences.old, a)) return sentences;
    if (!/[.!?]["'”’)\]]*$/.test(a.exact)) return null;
    everyStop ??= { old: splitSentences(oldText, { readAbbreviations: false }), new: splitSentences(newText, { readAbbreviations: false }) };
    return isWholeSentences(everyStop.old, a) ? everyStop : null;
  };
  const readings = anchors.map(readingOf);
  const lengthRatio = newText.length / Math.max(1, oldText.length);

  // A sentence found word for word inside a longer one ("According to witnesses, Israeli police
  // stormed…") was edited around, not kept; one behind a label ("Update: …") or a full stop the
  // splitter did not cut at ("… grade A. Mdimrvugi…") still stands alone.
  const standsAsCut = (a: ClaimAnchor, reading: Reading | null, at: number) =>
    !reading || standsAlone(newText, reading.new, { start: at, end: at + a.exact.length });
  // A claim in sentences kept word for word, whose copies pair with certainty, is found where they
  // now stand; the others are searched for, and cannot take the place of a claim found so.
  const { edited, shared } = alignSentences(oldText, sentences.old, newText, newSentences);
  const inPlace = inPlaceFinder(sentences.old, shared, newText);
  const settledPlace = (a: ClaimAnchor, reading: Reading | null): number | null => {
    const at = inPlace(a);
    if (at === null || (startsWord(a.prefix) && !startsWordAt(newText, at))) return null;
    return standsAsCut(a, reading, at) ? at : null;
  };
  const settled = new Map<number, Found>();
  anchors.forEach((a, i) => {
    const at = settledPlace(a, readings[i] ?? null);
    if (at !== null) settled.set(i, exactCandidates(newText, a, i, [at], lengthRatio)[0]!);
  });
  const occurrences = occurrenceFinder(newText, anchors.length - settled.size);
  const places = (a: ClaimAnchor, reading: Reading | null) => occurrences(a.exact, startsWord(a.prefix)).filter((at) => standsAsCut(a, reading, at));
  const searched = anchors.flatMap((a, i) => (settled.has(i) ? [] : exactCandidates(newText, a, i, places(a, readings[i] ?? null), lengthRatio)));
  const exact = new Map([...settled, ...assignOneToOne(searched, [...settled.values()])]);

  const kept = [...exact.values()].sort((x, y) => x.old.start - y.old.start);
  const index = indexSentences(newText, newSentences, edited);
  // Where a claim should be is read from its nearest neighbours that stand word for word in both
  // versions: claims found verbatim, and sentences no claim follows (a newsroom follows few).
  const landmarks: Landmark[] = [...kept, ...shared].sort((x, y) => x.old.start - y.old.start);
  const sharedOld = new Set(shared.map((s) => s.old));
  // A loose match's rivals: the edited sentences around the claim's old place.
  const rewordsAnother = (a: ClaimAnchor) => (s: Span, share: number) => {
    const sentence = newText.slice(s.start, s.end);
    const first = sentenceAt(sentences.old, a.start);
    const last = sentenceAt(sentences.old, Math.max(a.start, a.end - 1));
    return sentences.old.slice(Math.max(0, first - RIVAL_REACH), last + 1 + RIVAL_REACH).some((o) => !sharedOld.has(o)
      && (o.end <= a.start || o.start >= a.end)
      && wordDice(oldText.slice(o.start, o.end), sentence) > share);
  };
  const fuzzy = assignOneToOne(
    anchors.flatMap((a, i) =>
      exact.has(i)
        ? []
        : findVariants(newText, newSentences, edited, index, a, expectedStarts(landmarks, a, lengthRatio), readings[i]?.new ?? null, rewordsAnother(a))
            .map((v): Found => ({ ...v, claim: i, old: a, exactMatch: false })),
    ),
    kept,
  );

  const found = new Map([...exact, ...fuzzy]);
  // Only claims found approximately can have been joined with another one.
  const approximate = byPlace([...fuzzy.values()]);
  const versions = { oldText, newText, oldMarks: wordCharsBefore(oldText), newMarks: wordCharsBefore(newText) };
  return anchors.map((a, i) => {
    const f = found.get(i);
    if (!f) return removed(a);
    return describe(versions, readings[i] ?? sentences, a, f, approximate);
  });
}

function exactCandidates(text: string, a: ClaimAnchor, claim: number, places: number[], lengthRatio: number): Found[] {
  const nearest = places.length <= MAX_OCCURRENCES
    ? places
    : [...places].sort((x, y) => distanceFrom(a, lengthRatio, x) - distanceFrom(a, lengthRatio, y)).slice(0, MAX_OCCURRENCES);
  return nearest.map((at) => {
    const span = { start: at, end: at + a.exact.length };
    const score = scoreMatch({
      quote: 1,
      context: contextSimilarity(text, span.start, span.end, a.prefix, a.suffix),
      position: at === a.start ? 1 : positionSimilarity(at - a.start * lengthRatio),
    });
    return { claim, old: a, ...span, span, quote: 1, score, exactMatch: true };
  });
}

function distanceFrom(a: ClaimAnchor, lengthRatio: number, at: number): number {
  return Math.min(Math.abs(at - a.start), Math.abs(at - a.start * lengthRatio));
}

/** Where the claim should start if it kept its distance to its nearest neighbours standing word for word. */
function expectedStarts(landmarks: Landmark[], a: ClaimAnchor, lengthRatio: number): number[] {
  let lo = 0;
  let hi = landmarks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (landmarks[mid]!.old.start < a.start) lo = mid + 1;
    else hi = mid;
  }
  const before = landmarks[lo - 1];
  const after = landmarks[lo];
  const guesses: number[] = [];
  if (before) guesses.push(before.end + (a.start - before.old.end));
  if (after) guesses.push(after.start - (after.old.start - a.start));
  if (guesses.length === 0) guesses.push(Math.round(a.start * lengthRatio));
  return guesses;
}

function standsAlone(text: string, sentences: Span[], s: Span): boolean {
  if (isWholeSentences(sentences, s)) return true;
  const sentence = sentences[sentenceAt(sentences, s.start)]!;
  const before = text.slice(Math.max(sentence.start, s.start - 8), s.start);
  const endsClean = sentences[sentenceAt(sentences, s.end - 1)]!.end === s.end || /^\s/.test(text.slice(s.end, s.end + 1));
  return endsClean && (sentence.start === s.start || /[.!?:–—-]["'”’)\]]*\s+$/.test(before));
}

function isWholeSentences(sentences: Span[], a: Span): boolean {
  if (sentences.length === 0) return false;
  return sentences[sentenceAt(sentences, a.start)]!.start === a.start
    && sentences[sentenceAt(sentences, Math.max(a.start, a.end - 1))]!.end === a.end;
}

type Versions = { oldText: string; newText: string; oldMarks: Int32Array; newMarks: Int32Array };

function describe(
  versions: Versions,
  sentences: Reading,
  a: ClaimAnchor,
  f: Found,
  approximate: FoundByPlace,
): ReanchorResult {
  const { newText: text, oldMarks, newMarks } = versions;
  const { start, end } = f.span;
  const { exact, prefix, suffix } = quoteAnchor(text, start, end);
  const selectors = { start, end, exact, prefix, suffix };
  const score = Math.round(f.score * 1000) / 1000;
  if (exact === a.exact || sameWording(exact, a.exact)) {
    const outcome = start === a.start || oldMarks[a.start] === newMarks[start] ? "unchanged" : "moved";
    return { id: a.id, outcome, ...selectors, score, numbers: [], changes: [], diff: [] };
  }
  // Claims joined into one sentence: each keeps its part of it, cut where the next one's passage
  // is joined on (", and the army…").
  let own = { start, end };
  let joined = false;
  for (const g of approximate.overlapping(f.span)) {
    if (g === f) continue;
    if (g.old.start >= a.end) own = { start: own.start, end: Math.min(own.end, joinPoint(text, f.end, Math.max(g.start, f.end))) };
    else if (g.old.end <= a.start) own = { start: Math.max(own.start, f.start), end: own.end };
    else continue;
    joined = true;
  }
  const joinedPart = joined ? null : joinedWithUnfollowed(versions, sentences.old, a, f);
  if (joinedPart) {
    own = joinedPart;
    joined = true;
  }
  const split = sentencesIn(sentences.new, f.span) > sentencesIn(sentences.old, a);
  const aligned = { start: own.start - start, end: own.end - start };
  const { numbers, changes, diff } = classifyChange(a.exact, exact, aligned, { joined, split });
  return { id: a.id, outcome: "modified", ...selectors, score, numbers, changes, diff };
}

/** Least words, and share of words (Dice), that make text around a claim's part another old sentence. */
const MIN_JOINED_WORDS = 3;
const SAME_SENTENCE = 0.8;

/**
 * A claim's sentence joined with another one no claim follows: the passage holds, beside the
 * claim's own part, the words of another sentence of the old version. Returns the claim's own part,
 * cut where the other sentence is joined on, or null when what surrounds it is new text (an added
 * clause).
 */
function joinedWithUnfollowed({ oldText, newText }: Versions, oldSentences: Span[], a: ClaimAnchor, f: Found): Span | null {
  if (f.exactMatch || !isWholeSentences(oldSentences, a)) return null;
  const isOldSentence = (extra: string) => {
    if (words(extra).length < MIN_JOINED_WORDS) return false;
    const length = extra.trim().length;
    return oldSentences.some((s) => (s.end <= a.start || s.start >= a.end)
      && s.end - s.start >= length / 2 && s.end - s.start <= length * 2
      && wordDice(extra, oldText.slice(s.start, s.end)) >= SAME_SENTENCE);
  };
  if (isOldSentence(newText.slice(f.end, f.span.end))) return { start: f.span.start, end: joinPoint(newText, f.end, f.end) };
  if (isOldSentence(newText.slice(f.span.start, f.start))) return { start: f.start, end: f.span.end };
  return null;
}

type FoundByPlace = { overlapping: (span: Span) => Found[] };

/** Passages found, looked up by the stretch of text they overlap. */
function byPlace(found: Found[]): FoundByPlace {
  const sorted = [...found].sort((x, y) => x.span.start - y.span.start);
  const longest = sorted.reduce((n, g) => Math.max(n, g.span.end - g.span.start), 0);
  return {
    overlapping: ({ start, end }) => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]!.span.start < end) lo = mid + 1;
        else hi = mid;
      }
      const near: Found[] = [];
      for (let i = lo - 1; i >= 0 && sorted[i]!.span.start > start - longest; i--) if (sorted[i]!.span.end > start) near.push(sorted[i]!);
      return near;
    },
  };
}

/** Characters before the end of a claim's own part in which the mark joining the next part may stand. */
const JOIN_REACH = 3;

/**
 * Where a joined sentence's halves meet, for a claim whose own part ends at `end` and whose next
 * part starts at `next`: the last comma, semicolon or spaced dash from just before `end` on (not a
 * comma grouping digits, as in "1,200"), else `end` itself (the halves joined by a bare "and").
 */
function joinPoint(text: string, end: number, next: number): number {
  const from = Math.max(0, end - JOIN_REACH);
  let at = end;
  for (const m of text.slice(from, next + 1).matchAll(JOIN_MARK)) if (from + m.index < next) at = from + m.index;
  return at;
}

const JOIN_MARK = /[,;](?!\d)|\s[—–]/g;

// Spacing, a doubled full stop ("Accords. .") and the style of quotation marks and apostrophes
// (straight or curly, as one publishing system types them and another does not) are typing, not a
// change to the claim: a claim whose words, and the words before it, are the same is unchanged
// even if its offsets shifted. Other punctuation (quotes added or taken away) is a real, if small, edit.
function sameWording(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) / 4) return false;
  return sameAsciiWordChars(a, b) && typed(a) === typed(b);
}

// `typed` keeps every ASCII letter and digit, in order: passages that differ in those cannot type
// the same, and most edited claims are told apart here without building their typed forms.
function sameAsciiWordChars(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !isAsciiWordChar(a.charCodeAt(i))) i++;
    while (j < b.length && !isAsciiWordChar(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
  }
}

function typed(s: string): string {
  return s.replace(/\s+/g, "").replace(/[‘’‚‛]/g, "'").replace(/[“”„‟]/g, '"').replace(/([^\p{L}\p{N}])\1+/gu, "$1");
}

/** For each offset, how many letters and digits come before it. */
function wordCharsBefore(text: string): Int32Array {
  const marks = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) marks[i + 1] = marks[i]! + (isWordCharAt(text, i) ? 1 : 0);
  return marks;
}

function removed(a: ClaimAnchor): ReanchorResult {
  return { id: a.id, outcome: "removed", score: 0, numbers: [], changes: [], diff: [{ op: "delete", text: a.exact }] };
}
