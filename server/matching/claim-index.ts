// An inverted index of existing claims for "seen before": BM25F over two fields (the statement
// in the checker's words, and its context: the quoted passage or a fact-check's title), so a
// pool of 10,000 claims answers a query by touching only the postings of the query's terms.
import { matchTerms, type MatchTerm } from "./match-terms";

export type MatchableClaim = {
  id: string;
  statement: string;
  /** The quoted passage, or a verified claim's title. */
  context?: string | null;
  claimant?: string | null;
};

export type Bm25Parameters = { k1: number; b: number; contextWeight: number };

type IndexedClaim = MatchableClaim & {
  terms: Map<string, number>;
  surface: Map<string, string>;
  bigrams: Set<string>;
  length: number;
};

export type ClaimIndex = {
  claims: IndexedClaim[];
  postings: Map<string, { doc: number; tf: number }[]>;
  averageLength: number;
  parameters: Bm25Parameters;
};

export function buildClaimIndex(claims: MatchableClaim[], parameters: Bm25Parameters): ClaimIndex {
  const postings = new Map<string, { doc: number; tf: number }[]>();
  let totalLength = 0;
  const indexed = claims.map((claim, doc) => {
    const terms = new Map<string, number>();
    const surface = new Map<string, string>();
    const bigrams = new Set<string>();
    const add = (list: MatchTerm[], weight: number) => {
      for (const bigram of termBigrams(list)) bigrams.add(bigram);
      for (const { term, word } of list) {
        terms.set(term, (terms.get(term) ?? 0) + weight);
        if (!surface.has(term)) surface.set(term, word);
      }
    };
    add(matchTerms(claim.statement), 1);
    add(matchTerms(claim.context ?? ""), parameters.contextWeight);
    let length = 0;
    for (const [term, tf] of terms) {
      length += tf;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc, tf });
    }
    totalLength += length;
    return { ...claim, terms, surface, bigrams, length };
  });
  return { claims: indexed, postings, averageLength: totalLength / Math.max(1, claims.length), parameters };
}

/** Adjacent pairs of terms (stop words already out): "civilian trap" in "civilians are trapped". */
export function termBigrams(terms: MatchTerm[]): string[] {
  return terms.slice(1).map((t, i) => `${terms[i]!.term} ${t.term}`);
}

/** Inverse document frequency (BM25's, floored at zero). */
export function inverseFrequency(index: ClaimIndex, term: string): number {
  const n = index.postings.get(term)?.length ?? 0;
  return Math.max(0, Math.log(1 + (index.claims.length - n + 0.5) / (n + 0.5)));
}

export type Bm25Hit = { doc: number; score: number };

/** The `limit` best claims by BM25F for the query's distinct terms. */
export function searchBm25(index: ClaimIndex, queryTerms: string[], limit: number): Bm25Hit[] {
  const { k1, b } = index.parameters;
  const scores = new Map<number, number>();
  for (const term of new Set(queryTerms)) {
    const list = index.postings.get(term);
    if (!list) continue;
    const idf = inverseFrequency(index, term);
    for (const { doc, tf } of list) {
      const length = index.claims[doc]!.length;
      const weight = (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / index.averageLength));
      scores.set(doc, (scores.get(doc) ?? 0) + weight);
    }
  }
  return [...scores]
    .map(([doc, score]) => ({ doc, score }))
    .sort((x, y) => y.score - x.score || x.doc - y.doc)
    .slice(0, limit);
}
