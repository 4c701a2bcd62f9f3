// Narrows the approximate search to a few sentences of the new text: those sharing the most
// distinctive words with the quote (an inverted index, weighted by rarity). Searching only
// there, instead of the whole text per claim, is what keeps re-anchoring fast.

import type { Span } from "../text/split-sentences";
import { words } from "../text/words";

export type SentenceIndex = {
  /** Searchable sentences holding each word. */
  postings: Map<string, number[]>;
  /** Sentences holding each word, searchable or not: what weighs a word by its rarity. */
  frequency: Map<string, number>;
  sentenceCount: number;
};

/** `searchable`: the sentences a quote may be found in (rarity is counted over all of them). */
export function indexSentences(text: string, sentences: Span[], searchable: boolean[] = sentences.map(() => true)): SentenceIndex {
  const postings = new Map<string, number[]>();
  const frequency = new Map<string, number>();
  sentences.forEach((s, i) => {
    for (const w of new Set(words(text.slice(s.start, s.end)))) {
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
      if (!searchable[i]) continue;
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  return { postings, frequency, sentenceCount: sentences.length };
}

/** Searchable sentences sharing at least `minShare` of the quote's weighted words, best first. */
export function candidateSentences(
  index: SentenceIndex,
  quote: string,
  minShare: number,
): { sentence: number; share: number }[] {
  const quoteWords = [...new Set(words(quote))];
  // Words found in most sentences ("the", "of") weigh little and cost much: left out when the
  // quote has rarer ones.
  const common = Math.max(20, index.sentenceCount / 10);
  const informative = quoteWords.filter((w) => (index.frequency.get(w) ?? 0) <= common);
  const used = informative.length > 0 ? informative : quoteWords;
  const covered = new Float64Array(index.sentenceCount);
  const touched: number[] = [];
  let total = 0;
  for (const w of used) {
    const weight = Math.log(1 + index.sentenceCount / (index.frequency.get(w) ?? 0.5));
    total += weight;
    for (const i of index.postings.get(w) ?? []) {
      if (covered[i] === 0) touched.push(i);
      covered[i]! += weight;
    }
  }
  if (total === 0) return [];
  const found: { sentence: number; share: number }[] = [];
  for (const sentence of touched) {
    if (covered[sentence]! >= minShare * total) found.push({ sentence, share: covered[sentence]! / total });
  }
  return found.sort((a, b) => b.share - a.share || a.sentence - b.sentence);
}
