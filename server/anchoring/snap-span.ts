// Turns the raw region an approximate search aligned with a quote into a span a reader would
// select: whole sentences when the claim was whole sentences, otherwise whole words.

import { sentenceAt, type Span } from "../text/split-sentences";
import { isWordCharAt } from "../text/words";

/** A sentence joins the span when the region covers this much of it… */
const COVERS_SENTENCE = 0.5;
/** …or when it holds this much of the region (a claim joined into a longer sentence). */
const HOLDS_REGION = 0.4;

export function snapToSentences(text: string, sentences: Span[], raw: Span): Span {
  const rawLength = Math.max(1, raw.end - raw.start);
  let start = Infinity;
  let end = -Infinity;
  const first = sentenceAt(sentences, raw.start);
  for (let i = first; i < sentences.length && sentences[i]!.start < raw.end; i++) {
    const s = sentences[i]!;
    const shared = Math.min(s.end, raw.end) - Math.max(s.start, raw.start);
    if (shared >= COVERS_SENTENCE * (s.end - s.start) || shared >= HOLDS_REGION * rawLength) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
  }
  if (start === Infinity) return sentences[sentenceAt(sentences, (raw.start + raw.end) >> 1)] ?? raw;
  return trimToInnerBoundaries(text, { start, end }, raw);
}

// An edit can put a lowercase word at the head of a sentence ("19 stations" → "some 15
// stations"), which hides the boundary from the splitter; a boundary the region does not
// cross still bounds the span.
const INNER_BOUNDARY = /(?<=[\p{Ll}\p{N})\]"”’][.!?]["”’)\]]*)\s+(?=\p{Ll})/gu;
/** How far from the region's edge such a boundary may be: the length of an inserted qualifier. */
const NEAR_EDGE = 14;

function trimToInnerBoundaries(text: string, span: Span, raw: Span): Span {
  let { start, end } = span;
  for (const m of text.slice(span.start, span.end).matchAll(INNER_BOUNDARY)) {
    const at = span.start + m.index;
    const after = at + m[0].length;
    if (after <= raw.start + 1 && after >= raw.start - NEAR_EDGE) start = Math.max(start, after);
    if (at >= raw.end - 1 && at <= raw.end + NEAR_EDGE) end = Math.min(end, at);
  }
  return { start, end };
}

export function snapToWords(text: string, raw: Span): Span {
  let { start, end } = raw;
  while (start > 0 && isWordCharAt(text, start - 1) && isWordCharAt(text, start)) start--;
  while (end > 0 && end < text.length && isWordCharAt(text, end) && isWordCharAt(text, end - 1)) end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Number of sentences the span touches. */
export function sentencesIn(sentences: Span[], span: Span): number {
  return sentenceAt(sentences, Math.max(span.start, span.end - 1)) - sentenceAt(sentences, span.start) + 1;
}
