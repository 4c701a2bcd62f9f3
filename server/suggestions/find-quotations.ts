// Finds quoted passages from wink-nlp's quote-mark tokens. A quotation may open in one sentence
// and close in a later one, so an unmatched mark quotes up to the end (or from the start).
import type { SentenceAnalysis, Token } from "./analyse-sentence";

export type Quotation = { start: number; end: number; exact: string };

const opening = new Set(["“", "‘", "«"]);
const closing = new Set(["”", "’", "»"]);

export function findQuotations({ text, tokens }: SentenceAnalysis): Quotation[] {
  const marks = tokens.filter(isQuoteMark);
  const quotations: Quotation[] = [];
  let open: Token | undefined;
  marks.forEach((mark, index) => {
    const opens = opening.has(mark.text) || (mark.text === '"' && startsWord(text, mark));
    if (opens && !open) {
      open = mark;
      return;
    }
    if (!open) {
      // a closing mark with no opening mark: the sentence continues an earlier quotation
      if (index === 0) quotations.push(quotation(text, 0, mark.start));
      return;
    }
    quotations.push(quotation(text, open.end, mark.start));
    open = undefined;
  });
  if (open) quotations.push(quotation(text, open.end, text.length));
  return quotations.filter((quote) => /\p{L}/u.test(quote.exact));
}

// A straight quote after a space (or at the start) opens; one glued to the previous word closes.
function startsWord(text: string, mark: Token): boolean {
  return mark.start === 0 || /[\s([{\-—–]/.test(text[mark.start - 1] ?? "");
}

function isQuoteMark(token: Token): boolean {
  if (token.text === '"' || opening.has(token.text)) return true;
  // ’ is also an apostrophe, but wink keeps apostrophes inside word tokens ("they’d")
  return closing.has(token.text) && token.pos === "PUNCT";
}

function quotation(text: string, start: number, end: number): Quotation {
  const exact = text.slice(start, end).trim();
  const from = text.indexOf(exact, start);
  return { start: from, end: from + exact.length, exact };
}
