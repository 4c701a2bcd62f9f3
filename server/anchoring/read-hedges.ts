// Reads the hedges of a passage: the words that make a statement less than certain ("reportedly",
// "allegedly", "is believed to", "may"). Added, dropped or swapped hedges change the claim's
// qualifier. A general English hedging lexicon, in inflected forms; "May" the month is capitalised
// and so not read as the modal. Qualifiers of a figure ("some 400", "about 3 p.m.") are read with
// the figure (server/quantities), so a revised figure is not also a changed hedge.

const HEDGE_WORDS = new Set([
  "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "seemingly", "ostensibly",
  "possibly", "probably", "likely", "unlikely", "perhaps", "maybe", "presumably", "arguably",
  "conceivably", "evidently", "plausibly", "potentially", "unconfirmed", "alleged", "suspected",
  "purported", "rumoured", "rumored", "may", "might", "could", "appears", "appear", "appeared",
  "seems", "seem", "seemed", "believed", "thought", "understood", "expected", "feared", "said",
  "assumed", "presumed", "tentatively", "provisionally", "preliminary", "unverified", "claimed",
  "estimated", "rumoured", "rumored", "reported", "suggested",
]);

// Words that hedge only in a construction: "is said to", "is thought to", "was believed to".
const NEEDS_PASSIVE = new Set([
  "said", "thought", "understood", "expected", "feared", "assumed", "presumed", "believed", "claimed",
  "estimated", "rumoured", "rumored", "reported", "suggested",
]);
const PASSIVE = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** Whether a passage's words (lower case) hold any hedge: most hold none. */
export function mayHedge(lowerWords: string[]): boolean {
  return lowerWords.some((w) => HEDGE_WORDS.has(w));
}

/** The passage's hedges, sorted (repeats kept). */
export function readHedges(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const hedges: string[] = [];
  words.forEach((w, i) => {
    if (!HEDGE_WORDS.has(w)) return;
    if (NEEDS_PASSIVE.has(w) && !(PASSIVE.has(words[i - 1] ?? "") && words[i + 1] === "to")) return;
    hedges.push(w);
  });
  return hedges.sort();
}
