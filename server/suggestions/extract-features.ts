// Turns an analysed sentence into the named cue values the check-worthiness scorer weighs.
// Every feature is a general property of English claims (numbers, attribution, tense, stance ...);
// nothing that only occurs in debate transcripts (stage directions, a moderator addressing a speaker).
import type { SentenceAnalysis, Token } from "./analyse-sentence";
import {
  absoluteWords, changeVerbs, firstPersonPlural, firstPersonSingular, magnitudeWords, measurableNouns, obligationWords, opinionWords, recordVerbs, secondPerson,
  thirdPerson, truthWords,
} from "./cue-words";
import type { SentenceReasons } from "./find-reasons";

export const featureNames = [
  "figure", "figureCount", "percent", "money", "date", "duration", "ordinal", "magnitudeWord",
  "measurableNoun", "superlative", "comparison", "change", "causal", "prediction", "attribution",
  "namedClaimant", "quotation", "recordVerb", "properNouns", "firstSingular", "firstPlural",
  "secondPerson", "thirdPerson", "opinion", "obligation", "question", "exclamation", "length",
  "short", "negation", "sentiment", "pastTense", "absolute", "nounShare", "longSentence",
  "truthTalk", "figureWithUnit", "verbShare", "adjectiveShare", "adverbShare", "pronounShare",
] as const;

export type FeatureName = (typeof featureNames)[number];
export type Features = Record<FeatureName, number>;

export function extractFeatures(analysis: SentenceAnalysis, { reasons, claimant }: SentenceReasons): Features {
  const words = analysis.tokens.filter((token) => token.kind !== "punctuation" && token.pos !== "PUNCT");
  const count = (test: (token: Token) => boolean) => {
    let found = 0;
    for (const word of words) if (test(word)) found++;
    return found;
  };
  const has = (kind: string) => (reasons.some((reason) => reason.kind === kind) ? 1 : 0);
  const entityCount = (type: string) => analysis.entities.filter((entity) => entity.type === type).length;
  const inSet = (set: Set<string>) => (token: Token) => set.has(token.lower) || set.has(token.lemma);
  const figures = reasons.filter((reason) => reason.kind === "figure").length;
  const wordCount = Math.max(words.length, 1);
  const lastText = analysis.tokens.at(-1)?.text ?? "";
  return {
    figure: figures > 0 ? 1 : 0,
    figureCount: Math.log1p(figures),
    percent: Math.min(entityCount("PERCENT"), 1),
    money: Math.min(entityCount("MONEY"), 1),
    date: Math.min(entityCount("DATE"), 1),
    duration: Math.min(entityCount("DURATION"), 1),
    ordinal: Math.min(entityCount("ORDINAL"), 1),
    magnitudeWord: Math.min(count(inSet(magnitudeWords)), 1),
    measurableNoun: Math.log1p(count((token) => token.pos === "NOUN" && measurableNouns.has(token.lemma))),
    superlative: has("superlative"),
    comparison: has("comparison"),
    change: Math.min(count((token) => token.pos === "VERB" && changeVerbs.has(token.lemma)), 1),
    causal: has("causal"),
    prediction: has("prediction"),
    attribution: has("attribution"),
    namedClaimant: claimant ? 1 : 0,
    quotation: has("quotation"),
    recordVerb: Math.min(count((token) => token.pos === "VERB" && recordVerbs.has(token.lemma)), 1),
    properNouns: Math.log1p(count((token) => token.pos === "PROPN")),
    firstSingular: Math.min(count(inSet(firstPersonSingular)), 1),
    firstPlural: Math.min(count(inSet(firstPersonPlural)), 1),
    secondPerson: Math.min(count(inSet(secondPerson)), 1),
    thirdPerson: Math.min(count(inSet(thirdPerson)), 1),
    opinion: Math.min(count(inSet(opinionWords)), 1),
    obligation: Math.min(count(inSet(obligationWords)), 1),
    question: analysis.text.trimEnd().endsWith("?") ? 1 : 0,
    exclamation: lastText === "!" ? 1 : 0,
    length: Math.log(wordCount) / Math.log(40),
    short: wordCount <= 5 ? 1 : 0,
    negation: analysis.tokens.some((token) => token.negated) ? 1 : 0,
    sentiment: Math.abs(analysis.sentiment),
    pastTense: Math.min(count(isPastTense), 1),
    absolute: Math.min(count(inSet(absoluteWords)), 1),
    nounShare: count((token) => token.pos === "NOUN" || token.pos === "PROPN") / wordCount,
    longSentence: wordCount > 35 ? 1 : 0,
    truthTalk: Math.min(count(inSet(truthWords)), 1),
    figureWithUnit: hasFigureWithUnit(analysis) ? 1 : 0,
    verbShare: count((token) => token.pos === "VERB") / wordCount,
    adjectiveShare: count((token) => token.pos === "ADJ") / wordCount,
    adverbShare: count((token) => token.pos === "ADV") / wordCount,
    pronounShare: count((token) => token.pos === "PRON") / wordCount,
  };
}

const pastAuxiliaries = new Set(["was", "were", "had", "did"]);

// wink's tags are universal (no VBD), so past tense is read from the form: "voted", "took", "was".
function isPastTense(token: Token): boolean {
  if (token.pos === "AUX") return pastAuxiliaries.has(token.lower);
  return token.pos === "VERB" && token.lemma !== token.lower && !token.lower.endsWith("s") && !token.lower.endsWith("ing");
}

// "200 wounded", "$20 trillion", "86 percent", "3.5 million barrels": a quantity of something.
function hasFigureWithUnit({ entities, tokens }: SentenceAnalysis): boolean {
  return entities.some((entity) => {
    if (entity.type === "PERCENT" || entity.type === "MONEY") return true;
    if (entity.type !== "CARDINAL") return false;
    const next = tokens.find((token) => token.start >= entity.end);
    return next !== undefined && (next.pos === "NOUN" || magnitudeWords.has(next.lower));
  });
}
