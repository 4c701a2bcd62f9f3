// A passage's W3C selectors over a text: the quote, the context each side of it (what lets a
// re-anchoring tell repeated phrases apart) and its offsets. Claims are stored this way.

export type QuoteAnchor = { exact: string; prefix: string; suffix: string; start: number; end: number };

/** Characters of context kept each side of a quote. */
export const ANCHOR_CONTEXT_LENGTH = 32;

export function quoteAnchor(text: string, start: number, end: number): QuoteAnchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT_LENGTH),
    start,
    end,
  };
}
