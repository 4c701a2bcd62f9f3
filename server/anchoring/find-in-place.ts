// Most claims of an update stand in sentences the new version keeps word for word. A claim in such
// sentences, paired with certainty (see SharedSentence), is found where they now stand, at the same
// offset, without searching the text or weighing other places that read the same.

import type { QuoteAnchor } from "../text/quote-anchor";
import { sentenceAt, type Span } from "../text/split-sentences";
import type { SharedSentence } from "./align-sentences";

/** Where each claim stands in the new version if its sentences are kept and paired with certainty, else null. */
export function inPlaceFinder(oldSentences: Span[], shared: SharedSentence[], newText: string): (a: QuoteAnchor) => number | null {
  const byOld = new Map(shared.map((s) => [s.old, s]));
  const keptAround = (at: number): SharedSentence | undefined => {
    const s = oldSentences[sentenceAt(oldSentences, at)];
    return s && s.start <= at && at < s.end ? byOld.get(s) : undefined;
  };
  return (a) => {
    const first = keptAround(a.start);
    if (!first?.certain || !keptAround(Math.max(a.start, a.end - 1))?.certain) return null;
    const at = first.start + (a.start - first.old.start);
    return newText.startsWith(a.exact, at) ? at : null;
  };
}
