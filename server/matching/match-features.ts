// What one existing claim has in common with a new one, as numbers for the ranking and as
// reasons in words for the journalist: distinctive words, wording, figures, claimant.
import { extractQuantities } from "../quantities/extract-quantities";
import { inverseFrequency, type ClaimIndex } from "./claim-index";
import { readableText, withoutLinks } from "./match-terms";

export type MatchQuery = {
  terms: Map<string, string>;
  bigrams: Set<string>;
  trigrams: Set<string>;
  figures: Figure[];
  claimant: string | null;
};

type Figure = { value: number; unit: string | null; text: string };

export const featureNames = [
  "bm25Relative",
  "bm25",
  "trigramDice",
  "trigramContainment",
  "bigramContainment",
  "rarestShared",
  "claimCoverage",
  "queryCoverage",
  "sameFigure",
  "closeFigure",
  "firstStageRank",
] as const;
export type FeatureName = (typeof featureNames)[number];
export type Features = Record<FeatureName, number>;

export type MatchEvidence = {
  features: Features;
  sharedWords: string[];
  sameFigures: string[];
  closeFigures: string[];
  sameClaimant: string | null;
};

export function trigrams(text: string): Set<string> {
  const normal = ` ${readableText(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= normal.length; i++) set.add(normal.slice(i, i + 3));
  return set;
}

// "in 2019" dates a claim; it is not a figure the claim states.
const isYear = (figure: string, unit: string | null) => unit === null && /^(1[89]|20)\d\d$/.test(figure);

export function figuresOf(text: string): Figure[] {
  return extractQuantities(withoutLinks(text))
    .filter((q) => q.unit !== "time" && !isYear(q.figure, q.unit))
    .map((q) => ({ value: q.value, unit: q.unit, text: q.text }));
}

function normalClaimant(claimant: string | null | undefined): string | null {
  const normal = claimant?.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return normal ? normal : null;
}

export function sameClaimant(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = normalClaimant(a);
  return x !== null && x === normalClaimant(b);
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}

// Figures within 15% of each other with the same unit are "close": the same statistic revised.
const CLOSE = 0.15;

export function matchEvidence(
  index: ClaimIndex,
  query: MatchQuery,
  doc: number,
  bm25: number,
  topBm25: number,
  rank: number,
): MatchEvidence {
  const claim = index.claims[doc]!;
  let claimMass = 0;
  let claimShared = 0;
  let queryMass = 0;
  let queryShared = 0;
  let queryRarest = 0;
  let sharedRarest = 0;
  const shared: { word: string; idf: number }[] = [];
  for (const term of claim.terms.keys()) {
    const idf = inverseFrequency(index, term);
    claimMass += idf;
    if (query.terms.has(term)) claimShared += idf;
  }
  for (const [term, word] of query.terms) {
    const idf = inverseFrequency(index, term);
    queryMass += idf;
    queryRarest = Math.max(queryRarest, idf);
    if (claim.terms.has(term)) {
      queryShared += idf;
      sharedRarest = Math.max(sharedRarest, idf);
      shared.push({ word: claim.surface.get(term) ?? word, idf });
    }
  }
  const claimText = `${claim.statement} ${claim.context ?? ""}`;
  const claimTrigrams = trigrams(claimText);
  const sharedTrigrams = sharedCount(query.trigrams, claimTrigrams);
  const claimFigures = figuresOf(claimText);
  const sameFigures: string[] = [];
  const closeFigures: string[] = [];
  for (const mine of query.figures) {
    const twins = claimFigures.filter((theirs) => theirs.unit === mine.unit);
    const same = twins.find((theirs) => theirs.value === mine.value);
    if (same) {
      sameFigures.push(same.text);
      continue;
    }
    const close = twins.find((theirs) => mine.value > 0 && Math.abs(theirs.value - mine.value) / mine.value <= CLOSE);
    if (close) closeFigures.push(`${close.text} (here ${mine.text})`);
  }
  const claimant = sameClaimant(query.claimant, claim.claimant) ? (claim.claimant ?? null) : null;
  return {
    features: {
      bm25Relative: topBm25 > 0 ? bm25 / topBm25 : 0,
      bm25: Math.log1p(bm25),
      trigramDice: (2 * sharedTrigrams) / Math.max(1, query.trigrams.size + claimTrigrams.size),
      trigramContainment: sharedTrigrams / Math.max(1, claimTrigrams.size),
      bigramContainment: sharedCount(claim.bigrams, query.bigrams) / Math.max(1, claim.bigrams.size),
      rarestShared: queryRarest > 0 ? sharedRarest / queryRarest : 0,
      claimCoverage: claimMass > 0 ? claimShared / claimMass : 0,
      queryCoverage: queryMass > 0 ? queryShared / queryMass : 0,
      sameFigure: sameFigures.length > 0 ? 1 : 0,
      closeFigure: closeFigures.length > 0 ? 1 : 0,
      firstStageRank: 1 / (1 + rank),
    },
    sharedWords: shared.sort((x, y) => y.idf - x.idf).map((s) => s.word),
    sameFigures,
    closeFigures,
    sameClaimant: claimant,
  };
}
