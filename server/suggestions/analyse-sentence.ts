// Reads sentences with wink-nlp into plain data: tokens (with offsets, part of speech and lemma),
// the numeric entities wink recognises (cardinals, percentages, money, dates, durations ...) and
// sentiment. The sentences of a document are read as one text, because one wink document costs
// far less than one per sentence; offsets stay relative to each sentence.
import type { ItsFunction } from "wink-nlp";
import { its, nlp } from "./english-nlp";

export type Token = {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  kind: string;
  negated: boolean;
  start: number;
  end: number;
};

export type NumericEntity = { type: string; text: string; start: number; end: number };

export type SentenceAnalysis = {
  text: string;
  tokens: Token[];
  entities: NumericEntity[];
  sentiment: number;
};

export function analyseSentence(text: string): SentenceAnalysis {
  return analyseSentences([text])[0] as SentenceAnalysis;
}

/** Analyses sentences in order with one read of their joined text. */
export function analyseSentences(sentences: string[]): SentenceAnalysis[] {
  const starts: number[] = [];
  let length = 0;
  for (const sentence of sentences) {
    starts.push(length);
    length += sentence.length + 1;
  }
  const joined = sentences.join(" ");
  const doc = nlp.readDoc(joined);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const lemmas = all.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const pos = all.out(its.pos) as string[];
  const kinds = all.out(its.type) as string[];
  const negations = all.out(its.negationFlag) as unknown as boolean[];
  const results: SentenceAnalysis[] = sentences.map((text) => ({ text, tokens: [], entities: [], sentiment: 0 }));
  const tokenSentence: number[] = [];
  const tokenAt: (Token | undefined)[] = [];
  let cursor = 0;
  let current = 0;
  values.forEach((value, index) => {
    const found = joined.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    cursor = start + value.length;
    while (current + 1 < starts.length && (starts[current + 1] ?? Infinity) <= start) current++;
    tokenSentence.push(current);
    const base = starts[current] ?? 0;
    const token: Token = {
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[index] ?? value).toLowerCase(),
      pos: pos[index] ?? "X",
      kind: kinds[index] ?? "word",
      negated: negations[index] === true,
      start: start - base,
      end: cursor - base,
    };
    tokenAt.push(token);
    if (token.kind !== "tabCRLF") results[current]?.tokens.push(token);
  });
  const entityTypes = doc.entities().out(its.type) as string[];
  const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
  entitySpans.forEach(([first, last], index) => {
    const from = tokenAt[first];
    const to = tokenAt[last];
    const sentence = tokenSentence[first];
    if (!from || !to || sentence === undefined || tokenSentence[last] !== sentence) return;
    const result = results[sentence];
    if (!result) return;
    result.entities.push({ type: entityTypes[index] ?? "CARDINAL", text: result.text.slice(from.start, to.end), start: from.start, end: to.end });
  });
  // wink's sentences may not be ours: each of ours takes the mean sentiment of wink's it overlaps
  const sentiments = doc.sentences().out(its.sentiment) as unknown as number[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sums = results.map(() => ({ total: 0, count: 0 }));
  spans.forEach(([first, last], index) => {
    const touched = new Set(tokenSentence.slice(first, last + 1));
    for (const sentence of touched) {
      const sum = sums[sentence];
      if (!sum) continue;
      sum.total += sentiments[index] ?? 0;
      sum.count++;
    }
  });
  results.forEach((result, i) => {
    const sum = sums[i];
    result.sentiment = sum && sum.count ? sum.total / sum.count : 0;
  });
  return results;
}
