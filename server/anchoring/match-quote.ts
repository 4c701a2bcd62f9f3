// Finds the passage of `text[from, to)` closest to `quote` in edit distance, tolerating
// rewording, figure changes and deletions (Myers' bit-parallel search from approx-string-match).

import search from "approx-string-match";

export type QuoteMatch = { start: number; end: number; errors: number };

/** Share of the quote that may differ before a passage stops counting as a variant of it. */
const MAX_ERROR_SHARE = 0.5;
const LIGHT_EDIT_SHARE = 0.15;

export function matchQuote(text: string, quote: string, from = 0, to = text.length): QuoteMatch | null {
  if (quote.length === 0) return null;
  const region = text.slice(from, to);
  // Most variants are light edits: a tight error bound first lets the search skip most of the work.
  for (const share of [LIGHT_EDIT_SHARE, MAX_ERROR_SHARE]) {
    const best = bestMatch(search(region, quote, Math.floor(quote.length * share)), quote.length);
    if (best) return { start: from + best.start, end: from + best.end, errors: best.errors };
  }
  return null;
}

function bestMatch(matches: QuoteMatch[], quoteLength: number): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  for (const m of matches) {
    const lengthGap = Math.abs(m.end - m.start - quoteLength);
    const bestGap = best ? Math.abs(best.end - best.start - quoteLength) : Infinity;
    if (!best || m.errors < best.errors || (m.errors === best.errors && lengthGap < bestGap)) best = m;
  }
  return best;
}
