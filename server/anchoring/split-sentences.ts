// Cuts a text into sentence spans the way newsroom claims are cut: at line breaks, and after
// . ! ? when the next sentence starts with a capital, a digit or an opening quote.

export type Span = { start: number; end: number };

const BOUNDARY = /[.!?]["'”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])|\n+/gu;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const cut = m[0].startsWith("\n") ? m.index : m.index + m[0].length;
    pushTrimmed(text, from, cut, spans);
    from = cut;
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/** Index of the sentence holding offset `at` (the last one starting at or before it). */
export function sentenceAt(sentences: Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
