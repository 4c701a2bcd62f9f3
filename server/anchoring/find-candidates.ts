// Narrows the approximate search to a few sentences of the new text: those sharing the most
// distinctive words with the quote (an inverted index, weighted by rarity). Searching only
// there, instead of the whole text per claim, is what keeps re-anchoring fast.

import type { Span } from "../text/split-sentences";
import { words } from "../text/words";

export type SentenceIndex = {
  postings: Map<string, number[]>;
  sentenceCount: number;
};

export function indexSentences(text: string, sentences: Span[]): SentenceIndex {
  const postings = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    for (const w of new Set(words(text.slice(s.start, s.end)))) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  return { postings, sentenceCount: sentences.length };
}

/** Sentences sharing at least `minShare` of the quote's weighted words, best first. */
export function candidateSentences(
  index: SentenceIndex,
  quote: string,
  minShare: number,
): { sentence: number; share: number }[] {
  const lists = [...new Set(words(quote))].map((w) => index.postings.get(w));
  // Words found in most sentences ("the", "of") weigh little and cost much: left out when the
  // quote has rarer ones.
  const common = Math.max(20, index.sentenceCount / 10);
  const informative = lists.filter((l) => (l?.length ?? 0) <= common);
  const used = informative.length > 0 ? informative : lists;
  const covered = new Float64Array(index.sentenceCount);
  const touched: number[] = [];
  let total = 0;
  for (const list of used) {
    const weight = Math.log(1 + index.sentenceCount / (list?.length ?? 0.5));
    total += weight;
    for (const i of list ?? []) {
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
