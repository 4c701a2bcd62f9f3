// Reads one sentence with wink-nlp into plain data: tokens (with offsets, part of speech and lemma)
// and the numeric entities wink recognises (cardinals, percentages, money, dates, durations ...).
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
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const lemmas = all.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const pos = all.out(its.pos) as string[];
  const kinds = all.out(its.type) as string[];
  const negations = all.out(its.negationFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    const found = text.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    cursor = start + value.length;
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[index] ?? value).toLowerCase(),
      pos: pos[index] ?? "X",
      kind: kinds[index] ?? "word",
      negated: negations[index] === true,
      start,
      end: cursor,
    });
  });
  const entityTypes = doc.entities().out(its.type) as string[];
  const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
  const entities = entitySpans.flatMap(([first, last], index): NumericEntity[] => {
    const from = tokens[first];
    const to = tokens[last];
    if (!from || !to) return [];
    const type = entityTypes[index] ?? "CARDINAL";
    return [{ type, text: text.slice(from.start, to.end), start: from.start, end: to.end }];
  });
  const sentiments = doc.sentences().out(its.sentiment) as unknown as number[];
  const sentiment = sentiments.length ? sentiments.reduce((a, b) => a + b, 0) / sentiments.length : 0;
  return { text, tokens: tokens.filter((token) => token.kind !== "tabCRLF"), entities, sentiment };
}
