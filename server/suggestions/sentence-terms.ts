// The bag of terms a sentence is weighed by: its lower-case words and word pairs, and the
// character 3- and 4-grams of each word (which catch inflections and the shape of numbers).
// Digits all read as 0 so that "$20 trillion" and "$16 trillion" share their terms.
import type { Token } from "./analyse-sentence";

export type SentenceTerms = {
  /** words and adjacent word pairs */
  words: string[];
  /** the normalised words themselves, from which the character n-grams are read */
  pieces: string[];
};

const charSizes = [3, 4];

export function sentenceTerms(tokens: Token[]): SentenceTerms {
  const pieces = tokens.filter((token) => token.kind !== "punctuation" && token.pos !== "PUNCT").map(pieceOf);
  const pairs = pieces.slice(1).map((piece, i) => `${pieces[i]} ${piece}`);
  return { words: [...pieces, ...pairs], pieces };
}

/** A token as the model reads it: lower case, digits as 0. */
export function pieceOf(token: Token): string {
  return token.kind === "number" || /\d/.test(token.lower) ? token.lower.replace(/\d/g, "0") : token.lower;
}

/** The character n-grams of one word, padded with a space on either side. */
export function charGrams(piece: string): string[] {
  const padded = ` ${piece} `;
  const grams: string[] = [];
  for (const size of charSizes) {
    for (let at = 0; at + size <= padded.length; at++) grams.push(padded.slice(at, at + size));
  }
  return grams;
}

/** What each occurrence of a term counts: the bag has unit length whatever the sentence's length. */
export function termShare(termCount: number): number {
  return termCount > 0 ? 1 / Math.sqrt(termCount) : 0;
}
