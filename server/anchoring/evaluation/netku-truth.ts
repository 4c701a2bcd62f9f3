// Builds claims and a truth for a NetKu before/after pair, which comes without one: every
// sentence of 6+ words of the old text is a claim; a claim whose text still stands word for word
// (spacing aside) is kept; otherwise the new sentence, or two adjacent ones, sharing the most words
// with it is its modified passage (similarity ≥ 0.5: the mean of the words' Dice coefficient and
// the share of the claim's words found; several claims may share a passage when they were joined
// into it); otherwise it was removed. Figures are those that differ between claim and passage,
// revised (old → new) or added or dropped (one side null). Sentences, words and figures are read
// by the evaluation's own modules, never the engine's.

import { changedFigures, referenceFigures, without } from "./reference-figures";
import { referenceSentences, referenceWords, wordCount, type Range } from "./reference-sentences";
import type { TruthOutcome } from "./score-cases";

export type NetkuClaim = { id: string; exact: string; prefix: string; suffix: string; start: number; end: number };

const MIN_WORDS = 6;
const MIN_SIMILARITY = 0.5;
/** A two-sentence passage must beat the best single sentence by this much (a claim split in two). */
const PAIR_MARGIN = 0.05;
/** Context the claim editor stores each side of a quote. */
const CONTEXT = 32;

export function netkuCase(oldText: string, newText: string): { anchors: NetkuClaim[]; truth: Record<string, TruthOutcome> } {
  const anchors = referenceSentences(oldText)
    .filter((s) => wordCount(oldText.slice(s.start, s.end)) >= MIN_WORDS)
    .map((s, i) => claimAt(`s${i}`, oldText, s));
  const newSentences = referenceSentences(newText);
  const truth: Record<string, TruthOutcome> = {};
  const used = new Set<number>();

  for (const a of anchors) {
    const at = nearestOccurrence(newText, a.exact, a.start);
    const span = at >= 0
      ? { start: at, end: at + a.exact.length }
      : newSentences.find((s, i) => !used.has(i) && typed(newText.slice(s.start, s.end)) === typed(a.exact));
    if (!span) continue;
    truth[a.id] = { outcome: "kept", ...span, numbers: [] };
    newSentences.forEach((s, i) => { if (s.start < span.end && span.start < s.end) used.add(i); });
  }

  const matched = new Map<string, Range>();
  for (const a of anchors) {
    if (truth[a.id]) continue;
    const span = bestPassage(a.exact, newText, newSentences, used);
    if (span) matched.set(a.id, span);
  }

  for (const a of anchors) {
    if (truth[a.id]) continue;
    const span = matched.get(a.id);
    if (!span) {
      truth[a.id] = { outcome: "removed", numbers: [] };
      continue;
    }
    // Figures of claims joined into the same passage are theirs, not changes to this one.
    const others = anchors
      .filter((b) => b !== a && !truth[b.id] && overlaps(matched.get(b.id), span))
      .flatMap((b) => referenceFigures(b.exact));
    const passageFigures = without(referenceFigures(newText.slice(span.start, span.end)), others);
    truth[a.id] = { outcome: "modified", ...span, numbers: changedFigures(referenceFigures(a.exact), passageFigures) };
  }
  return { anchors, truth };
}

function bestPassage(claim: string, text: string, sentences: Range[], used: Set<number>): Range | null {
  let best: { span: Range; similarity: number } | null = null;
  sentences.forEach((s, i) => {
    if (used.has(i)) return;
    const next = sentences[i + 1];
    const spans = [s, ...(next && !used.has(i + 1) ? [{ start: s.start, end: next.end }] : [])];
    spans.forEach((span, k) => {
      const d = similarity(claim, text.slice(span.start, span.end)) - (k === 1 ? PAIR_MARGIN : 0);
      if (d >= MIN_SIMILARITY - (k === 1 ? PAIR_MARGIN : 0) && (!best || d > best.similarity)) best = { span, similarity: d };
    });
  });
  return best === null ? null : (best as { span: Range }).span;
}

function claimAt(id: string, text: string, { start, end }: Range): NetkuClaim {
  return {
    id,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    start,
    end,
  };
}

/** The text without spacing or doubled punctuation: "Accords. ." stands word for word as "Accords.". */
function typed(text: string): string {
  return text.replace(/\s+/g, "").replace(/([^\p{L}\p{N}])\1+/gu, "$1");
}

function nearestOccurrence(text: string, quote: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/** Mean of the Dice coefficient and of the share of `a`'s words found in `b` (words counted with repeats). */
function similarity(a: string, b: string): number {
  const wa = referenceWords(a);
  const wb = referenceWords(b);
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return ((2 * shared) / Math.max(1, wa.length + wb.length) + shared / Math.max(1, wa.length)) / 2;
}

function overlaps(a: Range | undefined, b: Range): boolean {
  return !!a && a.start < b.end && b.start < a.end;
}
