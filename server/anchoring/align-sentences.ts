// Pairs the sentences the two versions share word for word. A shared sentence is kept or moved,
// so it cannot be the edited form of another one (approximate search never looks at it), and it
// marks where the text around it went, whether or not a claim follows it. Sentences are compared
// whole, by hash, once per version.

import type { Span } from "../text/split-sentences";

/**
 * A sentence of the old version and where it stands, word for word, in the new one. `certain`: it
 * reads as many times in each version, so its copies, paired in reading order, are paired right;
 * when a copy was deleted or added, which is which is left to the search.
 */
export type SharedSentence = { old: Span; start: number; end: number; certain: boolean };

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
  const newCopies = new Map<string, number>();
  const paired: { text: string; old: Span; start: number; end: number }[] = [];
  const edited = newSentences.map((s) => {
    const text = newText.slice(s.start, s.end);
    newCopies.set(text, (newCopies.get(text) ?? 0) + 1);
    const old = unpaired.get(text)?.shift();
    if (old) paired.push({ text, old, start: s.start, end: s.end });
    return old === undefined;
  });
  const shared = paired
    .map(({ text, old, start, end }): SharedSentence => ({ old, start, end, certain: newCopies.get(text) === oldCopies.get(text) }))
    .sort((x, y) => x.old.start - y.old.start);
  return { edited, shared };
}
