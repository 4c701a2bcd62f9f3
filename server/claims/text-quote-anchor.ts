// Builds a claim's W3C selectors over a version's text, refusing any passage that is not exactly
// the text at its offsets.
import { invalid } from "../errors";
import { quoteAnchor, type QuoteAnchor } from "../text/quote-anchor";

export function anchorInText(text: string, { start, end, exact }: { start: number; end: number; exact: string }): QuoteAnchor {
  if (end > text.length) throw invalid("The selected passage lies outside the article's text.", "anchor");
  if (text.slice(start, end) !== exact) {
    throw invalid("The selected passage does not match the article's text at that place; reload the article and select it again.", "anchor");
  }
  return quoteAnchor(text, start, end);
}
