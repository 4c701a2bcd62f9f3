// Pairs the sentences the two versions share word for word. A shared sentence is kept or moved,
// so it cannot be the edited form of another one (approximate search never looks at it), and it
// marks where the text around it went, whether or not a claim follows it. Sentences are compared
// whole, by hash, once per version.

import type { Span } from "../text/split-sentences";

/**
 * A sentence of the old version and where it stands, word for word, in the new one. `unique`: it
 * reads once in each version, so it was paired with certainty (a repeated sentence is paired copy
 * by copy in reading order, which a deleted or moved copy upsets).
 */
export type SharedSentence = { old: Span; start: number; end: number; unique: boolean };

export type SentenceAlignment = {
  /** For each new sentence, whether no sentence of the old version reads the same (repeats counted). */
  edited: boolean[];
  /** The shared sentences, in old order. */
  shared: SharedSentence[];
};

export function alignSentences(oldText: string, oldSentences: Span[], newText: string, newSentences: Span[]): SentenceAlignment {
  const unpaired = new Map<string, Span[]>();
  const oldCopies = new Map<string, number>();
  for (const s of oldSentences) {
    const text = oldText.slice(s.start, s.end);
    oldCopies.set(text, (oldCopies.get(text) ?? 0) + 1);
    const list = unpaired.get(text);
    if (list) list.push(s);
    else unpaired.set(text, [s]);
  }
  const copies = new Map<string, number>();
  const shared: SharedSentence[] = [];
  const edited = newSentences.map((s) => {
    const text = newText.slice(s.start, s.end);
    copies.set(text, (copies.get(text) ?? 0) + 1);
    const old = unpaired.get(text)?.shift();
    if (old) shared.push({ old, start: s.start, end: s.end, unique: false });
    return old === undefined;
  });
  for (const s of shared) s.unique = copies.get(newText.slice(s.start, s.end)) === (oldCopies.get(newText.slice(s.start, s.end)) ?? 0);
  shared.sort((x, y) => x.old.start - y.old.start);
  return { edited, shared };
}
