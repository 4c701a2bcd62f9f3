// Finds the passage of `text[from, to)` closest to `quote` in edit distance, tolerating
// rewording, figure changes and deletions (Myers' bit-parallel search).

import { searchApproximate } from "./myers-search";

export type QuoteMatch = { start: number; end: number; errors: number };

/** Share of the quote that may differ before a passage stops counting as a variant of it. */
const MAX_ERROR_SHARE = 0.5;

export function matchQuote(text: string, quote: string, from = 0, to = text.length): QuoteMatch | null {
  if (quote.length === 0) return null;
  // One search at the widest bound: the search reports only the ends with the fewest errors (it
  // lowers its bound to each better match), so a tighter first pass would find the same passages,
  // and light edits have already been matched without a search (matchLocalEdit).
  const best = bestMatch(searchApproximate(text.slice(from, to), quote, Math.floor(quote.length * MAX_ERROR_SHARE)), quote.length);
  return best && { start: from + best.start, end: from + best.end, errors: best.errors };
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
