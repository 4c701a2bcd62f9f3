// Compares a quote with one candidate passage when they differ in one place only (a figure
// revised, a word deleted or replaced): the common beginning and end are trimmed and the rest
// counts as errors. Much cheaper than an approximate search, and exact for a single edit.

import type { QuoteMatch } from "./match-quote";

/** The trimmed beginning and end must cover this share of the quote. */
const MIN_COMMON_SHARE = 0.6;

export function matchLocalEdit(text: string, quote: string, start: number, end: number): QuoteMatch | null {
  const length = end - start;
  let head = 0;
  while (head < quote.length && head < length && quote.charCodeAt(head) === text.charCodeAt(start + head)) head++;
  let tail = 0;
  while (
    tail < quote.length - head && tail < length - head
    && quote.charCodeAt(quote.length - 1 - tail) === text.charCodeAt(end - 1 - tail)
  ) tail++;
  if (head + tail < MIN_COMMON_SHARE * quote.length) return null;
  return { start, end, errors: Math.max(quote.length, length) - head - tail };
}
