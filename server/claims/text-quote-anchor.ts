// Builds a claim's W3C selectors over a version's text, refusing any passage that is not exactly
// the text at its offsets.
import { invalid } from "../errors";

const contextLength = 32;

type TextAnchor = { exact: string; prefix: string; suffix: string; start: number; end: number };

export function anchorInText(text: string, { start, end, exact }: { start: number; end: number; exact: string }): TextAnchor {
  if (end > text.length) throw invalid("The selected passage lies outside the article's text.", "anchor");
  if (text.slice(start, end) !== exact) {
    throw invalid("The selected passage does not match the article's text at that place; reload the article and select it again.", "anchor");
  }
  return {
    exact,
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, end + contextLength),
    start,
    end,
  };
}
