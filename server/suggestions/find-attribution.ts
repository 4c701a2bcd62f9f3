// Finds who a sentence attributes its content to: "according to X", "X said", "said X",
// "X saying". The claimant is the noun phrase next to the cue, read from part-of-speech tags.
import type { SentenceAnalysis, Token } from "./analyse-sentence";
import { pronouns, speechVerbs } from "./cue-words";

export type Attribution = {
  /** the cue as written, e.g. "according to the United Nations" or "Washington saying" */
  phrase: string;
  /** who the content is attributed to; absent when only a pronoun names them */
  claimant?: string;
};

const nounPhraseTags = new Set(["PROPN", "NOUN", "ADJ", "NUM", "DET"]);
const maxPhraseTokens = 8;

export function findAttribution(analysis: SentenceAnalysis): Attribution | undefined {
  return findAccordingTo(analysis) ?? findSpeechVerb(analysis);
}

function findAccordingTo({ text, tokens }: SentenceAnalysis): Attribution | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]?.lower !== "according" || tokens[i + 1]?.lower !== "to") continue;
    const phrase = nounPhraseAfter(tokens, i + 2);
    const first = tokens[i];
    const end = phrase ? phrase.end : tokens[i + 1]?.end;
    if (!first || end === undefined) continue;
    return { phrase: text.slice(first.start, end), claimant: phrase && claimantOf(text, phrase) };
  }
  return undefined;
}

function findSpeechVerb({ text, tokens }: SentenceAnalysis): Attribution | undefined {
  const verbAt = tokens.findIndex(
    (token) => (token.pos === "VERB" || token.pos === "NOUN") && token.lower !== token.lemma &&
      speechVerbs.has(token.lemma) && !isParticipleModifier(tokens, token),
  );
  const verb = tokens[verbAt];
  if (!verb) return undefined;
  const before = nounPhraseBefore(tokens, verbAt);
  const after = before && !isPronoun(before.tokens) ? undefined : nounPhraseAfter(tokens, verbAt + 1);
  if (after && after.tokens.some((token) => token.pos === "PROPN") && !isPronoun(after.tokens)) {
    return { phrase: text.slice(verb.start, after.end), claimant: claimantOf(text, after) };
  }
  if (before) {
    return { phrase: text.slice(before.start, verb.end), claimant: claimantOf(text, before) };
  }
  return { phrase: verb.text };
}

// "the figures reported by the ministry" uses a speech verb as a modifier, not as an attribution.
function isParticipleModifier(tokens: Token[], verb: Token): boolean {
  const index = tokens.indexOf(verb);
  const previous = tokens[index - 1];
  return verb.lower.endsWith("ed") && previous?.pos === "NOUN" && tokens[index + 1]?.lower === "by";
}

type Phrase = { tokens: Token[]; start: number; end: number };

function nounPhraseBefore(tokens: Token[], verbAt: number): Phrase | undefined {
  let at = verbAt - 1;
  // "Russia has said", "Moscow has repeatedly said"
  while (at >= 0 && (tokens[at]?.pos === "AUX" || tokens[at]?.pos === "ADV")) at--;
  // "Thomas Pierret, of the University of Edinburgh, said": skip the apposition
  if (tokens[at]?.text === ",") {
    const previousComma = lastIndexWhere(tokens, at - 1, (token) => token.text === ",");
    if (previousComma > 0 && at - previousComma <= maxPhraseTokens) at = previousComma - 1;
  }
  const picked: Token[] = [];
  while (at >= 0 && picked.length < maxPhraseTokens) {
    const token = tokens[at];
    if (!token) break;
    const isHead = token.pos === "PRON" && pronouns.has(token.lower) && picked.length === 0;
    if (!nounPhraseTags.has(token.pos) && !isHead && !(token.lower === "'s" && picked.length)) break;
    picked.unshift(token);
    if (token.pos === "DET" || isHead) break;
    at--;
  }
  const phrase = asPhrase(picked);
  // "Residents interviewed by AFP said": AFP only reports; the residents are the speakers
  const participle = tokens[at - 1];
  if (phrase && tokens[at]?.lower === "by" && participle?.pos === "VERB" && participle.lower.endsWith("ed")) {
    const speakers = nounPhraseBefore(tokens, at - 1);
    if (speakers) return { tokens: [...speakers.tokens, participle, ...phrase.tokens], start: speakers.start, end: phrase.end };
  }
  return phrase;
}

function nounPhraseAfter(tokens: Token[], from: number): Phrase | undefined {
  const picked: Token[] = [];
  for (let at = from; at < tokens.length && picked.length < maxPhraseTokens; at++) {
    const token = tokens[at];
    if (!token) break;
    const joinsNames = token.lower === "of" && tokens[at + 1]?.pos !== "PUNCT" && picked.length > 0;
    if (!nounPhraseTags.has(token.pos) && !joinsNames && !(pronouns.has(token.lower) && picked.length === 0)) break;
    picked.push(token);
    if (pronouns.has(token.lower)) break;
  }
  while (picked.length && (picked.at(-1)?.lower === "of" || picked.at(-1)?.pos === "DET")) picked.pop();
  return asPhrase(picked);
}

function asPhrase(picked: Token[]): Phrase | undefined {
  const first = picked[0];
  const last = picked.at(-1);
  if (!first || !last || !picked.some((token) => token.pos !== "DET")) return undefined;
  return { tokens: picked, start: first.start, end: last.end };
}

function isPronoun(picked: Token[]): boolean {
  return picked.length === 1 && pronouns.has(picked[0]?.lower ?? "");
}

function claimantOf(text: string, phrase: Phrase): string | undefined {
  return isPronoun(phrase.tokens) ? undefined : text.slice(phrase.start, phrase.end);
}

function lastIndexWhere(tokens: Token[], from: number, test: (token: Token) => boolean): number {
  for (let at = from; at >= 0; at--) {
    const token = tokens[at];
    if (token && test(token)) return at;
  }
  return -1;
}
