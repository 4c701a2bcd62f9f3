// Checks each claim's stored anchor against the version it claims to quote. An anchor whose
// offsets no longer hold its quote (the text was edited under it, or the offsets were stored
// wrong) is moved to the quote's nearest occurrence when there is one, and otherwise cannot be
// followed; either way the result says so instead of the whole re-anchoring failing.

import type { ClaimAnchor } from "./reanchor";

export type AnchorCheck = { anchor: ClaimAnchor; problem?: string; followable: boolean };

export function checkAnchors(oldText: string, anchors: ClaimAnchor[]): AnchorCheck[] {
  return anchors.map((a) => {
    const inRange = a.start >= 0 && a.end <= oldText.length && a.start <= a.end;
    if (inRange && oldText.slice(a.start, a.end) === a.exact) return { anchor: a, followable: true };
    const stated = inRange ? `its quote is not at ${a.start}..${a.end} of the old text` : `${a.start}..${a.end} is outside the old text (length ${oldText.length})`;
    const at = a.exact ? nearestOccurrence(oldText, a.exact, a.start) : -1;
    if (at < 0) return { anchor: a, followable: false, problem: `${stated}, nor anywhere else in it` };
    const end = at + a.exact.length;
    return {
      anchor: { ...a, start: at, end, prefix: oldText.slice(Math.max(0, at - a.prefix.length), at), suffix: oldText.slice(end, end + a.suffix.length) },
      followable: true,
      problem: `${stated}; followed from ${at}..${end}, where it stands`,
    };
  });
}

function nearestOccurrence(text: string, quote: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}
