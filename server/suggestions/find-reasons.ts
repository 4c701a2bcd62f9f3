// Explains why a sentence may be worth checking: each reason names a cue found in it, with the
// words that triggered it, so the reviewer sees at a glance what to verify.
import type { SentenceAnalysis, Token } from "./analyse-sentence";
import { causalPhrases, changeVerbs, predictionPhrases } from "./cue-words";
import { findAttribution } from "./find-attribution";
import { findQuotations } from "./find-quotations";

export type ReasonKind =
  | "figure"
  | "attribution"
  | "quotation"
  | "causal"
  | "superlative"
  | "comparison"
  | "change"
  | "prediction";

export type Reason = { kind: ReasonKind; detail: string };

export type SentenceReasons = {
  reasons: Reason[];
  claimant?: string;
  /** a quotation long enough to be someone's words, not a scare-quoted term ("humanitarian pause") */
  quotesSpeech: boolean;
};

const wordsInSpeech = 4;
const figureTypes = new Set(["CARDINAL", "PERCENT", "MONEY"]);
const quoteShown = 60;

export function findReasons(analysis: SentenceAnalysis): SentenceReasons {
  const reasons: Reason[] = [];
  for (const figure of findFigures(analysis)) {
    reasons.push({ kind: "figure", detail: `contains the figure "${figure}"` });
  }
  const attribution = findAttribution(analysis);
  if (attribution) reasons.push({ kind: "attribution", detail: `attributed: "${attribution.phrase}"` });
  const quotations = findQuotations(analysis);
  for (const quote of quotations) {
    reasons.push({ kind: "quotation", detail: `quotes "${shorten(quote.exact)}"` });
  }
  const causal = findFirstPhrase(analysis, causalByFirstWord);
  if (causal) reasons.push({ kind: "causal", detail: `causal link: "${causal}"` });
  const superlative = findSuperlative(analysis);
  if (superlative) reasons.push({ kind: "superlative", detail: `superlative: "${superlative}"` });
  const comparison = findComparison(analysis);
  if (comparison) reasons.push({ kind: "comparison", detail: `comparison: "${comparison}"` });
  const change = analysis.tokens.find((token) => token.pos === "VERB" && changeVerbs.has(token.lemma));
  if (change) reasons.push({ kind: "change", detail: `states a change: "${change.text}"` });
  const prediction = findFirstPhrase(analysis, predictionByFirstWord);
  if (prediction) reasons.push({ kind: "prediction", detail: `predicts: "${prediction}"` });
  const quotesSpeech = quotations.some((quote) => quote.exact.split(/\s+/).length >= wordsInSpeech);
  return attribution?.claimant ? { reasons, claimant: attribution.claimant, quotesSpeech } : { reasons, quotesSpeech };
}

/** Figures are quantities: cardinals with digits or magnitude words, percentages, money. */
function findFigures({ entities }: SentenceAnalysis): string[] {
  return entities
    .filter((entity) => figureTypes.has(entity.type) && isQuantity(entity.text))
    .map((entity) => entity.text);
}

// "one of the worst deals" is not a figure; "two of which", "millions" and "3.5" are.
function isQuantity(text: string): boolean {
  return /\d/.test(text) || !/^(one|a|an)$/i.test(text.trim());
}

function findSuperlative({ text, tokens }: SentenceAnalysis): string | undefined {
  for (const [index, token] of tokens.entries()) {
    if (token.lower === "least" && tokens[index - 1]?.lower === "at") continue;
    if (token.lower === "most" || token.lower === "least") {
      const next = tokens[index + 1];
      if (next && (next.pos === "ADJ" || next.pos === "ADV")) return text.slice(token.start, next.end);
      continue;
    }
    const inflected = token.lower.endsWith("est") && token.lemma !== token.lower;
    if ((inflected && (token.pos === "ADJ" || token.pos === "ADV")) || token.lower === "best" || token.lower === "worst") {
      return token.text;
    }
  }
  return undefined;
}

function findComparison({ text, tokens }: SentenceAnalysis): string | undefined {
  const than = tokens.findIndex((token) => token.lower === "than");
  const thanToken = tokens[than];
  if (than > 0 && thanToken) {
    // "more energy with Canada than": reach back to the comparative a few words before
    for (let at = than - 1; at >= Math.max(0, than - 5); at--) {
      const token = tokens[at];
      if (token && isComparative(token)) return text.slice(token.start, thanToken.end);
    }
    return text.slice((tokens[than - 1] ?? thanToken).start, thanToken.end);
  }
  // without "than", "more" and "less" are mostly plain quantities ("wanted more reassurance")
  return tokens.find((token) => isComparative(token) && !quantityComparatives.has(token.lower))?.text;
}

const quantityComparatives = new Set(["more", "less", "fewer"]);

function isComparative(token: Token): boolean {
  if (quantityComparatives.has(token.lower) || token.lower === "better" || token.lower === "worse") return true;
  return (token.pos === "ADJ" || token.pos === "ADV") && token.lower.endsWith("er") &&
    token.lemma !== token.lower && token.lemma.length > 2;
}

const causalByFirstWord = byFirstWord(causalPhrases);
const predictionByFirstWord = byFirstWord(predictionPhrases);

// Phrases grouped by their first word, so each token is compared only with phrases it could open.
function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const grouped = new Map<string, string[][]>();
  for (const phrase of phrases) grouped.set(phrase[0] ?? "", [...(grouped.get(phrase[0] ?? "") ?? []), phrase]);
  return grouped;
}

function findFirstPhrase({ text, tokens }: SentenceAnalysis, phrases: Map<string, string[][]>): string | undefined {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (!token) continue;
    const candidates = [...(phrases.get(token.lower) ?? []), ...(token.lemma === token.lower ? [] : phrases.get(token.lemma) ?? [])];
    for (const phrase of candidates) {
      if (phrase.every((word, offset) => matches(tokens[at + offset], word))) {
        const first = tokens[at];
        const last = tokens[at + phrase.length - 1];
        if (first && last) return text.slice(first.start, last.end);
      }
    }
  }
  return undefined;
}

function matches(token: Token | undefined, word: string): boolean {
  return token !== undefined && (token.lower === word || token.lemma === word);
}

function shorten(quote: string): string {
  return quote.length <= quoteShown ? quote : `${quote.slice(0, quoteShown).trimEnd()}…`;
}
