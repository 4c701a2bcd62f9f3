// Pairs the sentences the two versions share word for word. A shared sentence is kept or moved,
// so it cannot be the edited form of another one (approximate search never looks at it), and it
// marks where the text around it went, whether or not a claim follows it. Sentences are compared
// whole, by hash, once per version.

import type { Span } from "../text/split-sentences";

/** A sentence of the old version and where it stands, word for word, in the new one. */
export type SharedSentence = { old: Span; start: number; end: number };

export type SentenceAlignment = {
  /** For each new sentence, whether no sentence of the old version reads the same (repeats counted). */
  edited: boolean[];
  /** The shared sentences, in old order. */
  shared: SharedSentence[];
};

export function alignSentences(oldText: string, oldSentences: Span[], newText: string, newSentences: Span[]): SentenceAlignment {
  const unpaired = new Map<string, Span[]>();
  for (const s of oldSentences) {
    const text = oldText.slice(s.start, s.end);
    const list = unpaired.get(text);
    if (list) list.push(s);
    else unpaired.set(text, [s]);
  }
  const shared: SharedSentence[] = [];
  const edited = newSentences.map((s) => {
    const old = unpaired.get(newText.slice(s.start, s.end))?.shift();
    if (old) shared.push({ old, start: s.start, end: s.end });
    return old === undefined;
  });
  return { edited, shared: shared.sort((x, y) => x.old.start - y.old.start) };
}
