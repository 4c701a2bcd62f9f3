// Builds claims and a truth for a NetKu before/after pair, which comes without one: every
// sentence of 6+ words of the old text is a claim; a claim whose text still stands word for word
// (spacing aside) is kept; otherwise the new sentence, or two adjacent ones, sharing the most words
// with it is its modified passage (similarity ≥ 0.5: the mean of the words' Dice coefficient and
// the share of the claim's words found; one passage per claim unless two claims were joined into
// it); otherwise it was removed. Figures are the numbers (in digits, not inside names like
// "COVID-19", or words from "two" to "ninety") that differ between claim and passage.

import { anchorOf } from "../anchor-of";
import { sharedWordCount, words } from "../find-candidates";
import type { ClaimAnchor } from "../reanchor";
import { splitSentences, type Span } from "../split-sentences";
import type { TruthOutcome } from "./score-cases";

const MIN_WORDS = 6;
const MIN_SIMILARITY = 0.5;

export function netkuCase(oldText: string, newText: string): { anchors: ClaimAnchor[]; truth: Record<string, TruthOutcome> } {
  const anchors = splitSentences(oldText)
    .filter((s) => oldText.slice(s.start, s.end).split(/\s+/).length >= MIN_WORDS)
    .map((s, i): ClaimAnchor => anchorOf(`s${i}`, oldText, s.start, s.end));
  const newSentences = splitSentences(newText);
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

  const matched = new Map<string, Span>();
  for (const a of anchors) {
    if (truth[a.id]) continue;
    let best: { span: Span; similarity: number } | null = null;
    newSentences.forEach((s, i) => {
      if (used.has(i)) return;
      const spans = [s, ...(newSentences[i + 1] && !used.has(i + 1) ? [{ start: s.start, end: newSentences[i + 1]!.end }] : [])];
      for (const span of spans) {
        const d = similarity(a.exact, newText.slice(span.start, span.end));
        if (d >= MIN_SIMILARITY && (!best || d > best.similarity + 0.05)) best = { span, similarity: d };
      }
    });
    if (best) matched.set(a.id, (best as { span: Span }).span);
  }

  for (const a of anchors) {
    if (truth[a.id]) continue;
    const span = matched.get(a.id);
    if (!span) {
      truth[a.id] = { outcome: "removed", numbers: [] };
      continue;
    }
    const sharing = anchors.filter((b) => b !== a && !truth[b.id] && overlaps(matched.get(b.id), span) && !truth[b.id]);
    const others = sharing.flatMap((b) => figures(b.exact));
    truth[a.id] = { outcome: "modified", ...span, numbers: changedFigures(figures(a.exact), remove(figures(newText.slice(span.start, span.end)), others)) };
  }
  return { anchors, truth };
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
  const wa = words(a);
  const wb = words(b);
  const shared = sharedWordCount(wa, wb);
  return ((2 * shared) / Math.max(1, wa.length + wb.length) + shared / Math.max(1, wa.length)) / 2;
}

function overlaps(a: Span | undefined, b: Span): boolean {
  return !!a && a.start < b.end && b.start < a.end;
}

const FIGURE = /(?<![\p{N}.,])(?<!\p{L}-?)\d+(?:[.,]\d+)*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b/giu;

function figures(text: string): string[] {
  return (text.match(FIGURE) ?? []).map((f) => f.replace(/,/g, "").toLowerCase());
}

function remove(list: string[], drop: string[]): string[] {
  const rest = [...list];
  for (const d of drop) {
    const i = rest.indexOf(d);
    if (i >= 0) rest.splice(i, 1);
  }
  return rest;
}

function changedFigures(before: string[], after: string[]): [string, string][] {
  const onlyBefore = remove(before, after);
  const onlyAfter = remove(after, before);
  return onlyBefore.flatMap((o, i) => (onlyAfter[i] === undefined ? [] : [[o, onlyAfter[i]!] as [string, string]]));
}
