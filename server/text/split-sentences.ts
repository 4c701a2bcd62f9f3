// Cuts a text into sentence spans, the one way Claimtrail reads sentences (claims, suggestions and
// re-anchoring all judge "a whole sentence" by it): at line breaks, and after . ! ? (with closing
// quotes or brackets) when the next sentence starts with a capital, a digit or an opening quote,
// but not after a title ("Mr.", "Dr."), an initial ("George W. Bush") or a dotted abbreviation
// ("U.S.", "3 p.m.") unless the next word is one that typically opens a sentence.

export type Span = { start: number; end: number };

const BOUNDARY = /([.!?])["'”’)\]]*(?=\s+["“‘(\[]?([\p{Lu}\p{N}]\p{L}*))|\n+/gu;

// Abbreviations that stand before a name or a figure, never at the end of a sentence.
const TITLES = new Set([
  "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr",
  "adm", "brig", "sen", "rep", "gov", "pres", "rev", "hon", "fr", "st", "mt", "ft", "no", "nos",
  "vol", "fig", "art", "sec", "vs", "ca", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
  "sep", "sept", "oct", "nov", "dec",
]);

// Closed-class English words (articles, pronouns, prepositions, conjunctions, sentence adverbs): a
// capitalised one after "U.S." or "p.m." starts a new sentence; a name after it does not.
const OPENERS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you",
  "his", "her", "its", "their", "our", "my", "your", "there", "here", "in", "on", "at", "by", "for",
  "from", "with", "after", "before", "during", "since", "until", "but", "and", "or", "so", "yet",
  "however", "meanwhile", "also", "as", "when", "while", "if", "although", "though", "because",
  "according", "some", "many", "most", "several", "all", "no", "one", "two", "three", "both",
  "each", "every", "other", "such", "what", "who", "why", "how", "where", "then", "now", "still",
  "later", "earlier", "today", "yesterday", "instead", "despite", "under", "over", "about",
]);

/**
 * `readAbbreviations: false` cuts at every full stop before a capital, the way a plain regex cuts:
 * what re-anchoring follows for a claim that was cut that way ("…, the U.S." before "Federal").
 */
export function splitSentences(text: string, { readAbbreviations = true } = {}): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    if (readAbbreviations && m[1] === "." && !endsSentence(text, m.index, m[2]!)) continue;
    const cut = m[0].startsWith("\n") ? m.index : m.index + m[0].length;
    pushTrimmed(text, from, cut, spans);
    from = cut;
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

/** The sentences with their text: what suggestions score and benchmarks cut claims from. */
export function sentenceQuotes(text: string): (Span & { exact: string })[] {
  return splitSentences(text).map((span) => ({ ...span, exact: text.slice(span.start, span.end) }));
}

/** Whether the full stop at `dot` ends its sentence, given the word that follows it. */
function endsSentence(text: string, dot: number, nextWord: string): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot);
  if (TITLES.has(word.toLowerCase())) return false;
  // A capital letter alone is an initial after a name ("George W. Bush"), a word otherwise ("grade A.").
  const initial = /^\p{Lu}$/u.test(word) && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(text.slice(Math.max(0, start - 30), start));
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  return !(initial || dotted) || OPENERS.has(nextWord.toLowerCase());
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
