// Which sentences of a new version are new or edited: a sentence that stands word for word in the
// previous version is that sentence, kept or moved, and cannot be the edited form of another one,
// so approximate search never looks at it. Sentences are compared whole, by hash, once per version.

import type { Span } from "../text/split-sentences";

/** For each new sentence, whether no sentence of the old text reads the same (repeats counted). */
export function editedSentences(oldText: string, oldSentences: Span[], newText: string, newSentences: Span[]): boolean[] {
  const unpaired = new Map<string, number>();
  for (const s of oldSentences) {
    const text = oldText.slice(s.start, s.end);
    unpaired.set(text, (unpaired.get(text) ?? 0) + 1);
  }
  return newSentences.map((s) => {
    const text = newText.slice(s.start, s.end);
    const left = unpaired.get(text) ?? 0;
    if (left === 0) return true;
    unpaired.set(text, left - 1);
    return false;
  });
}
