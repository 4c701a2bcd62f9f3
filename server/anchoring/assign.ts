// Gives each claim at most one passage and each passage at most one claim, best-scored pairs
// first, so a claim cannot take a passage that another claim matches better. Claims whose old
// quotes overlap (a phrase inside a sentence claim) may share text in the new version too.

import type { Span } from "../text/split-sentences";

export type Candidate = {
  claim: number;
  /** The claim's old range, to let nested claims share passages. */
  old: Span;
  start: number;
  end: number;
  score: number;
};

/** Passages sharing more than this share of the shorter one are the same passage. */
const SAME_PASSAGE = 0.3;

export function assignOneToOne<C extends Candidate>(candidates: C[], already: C[] = []): Map<number, C> {
  const chosen = new Map<number, C>();
  const held = new Map<number, Candidate[]>();
  const hold = (c: Candidate) => {
    for (let b = block(c.start); b <= block(c.end); b++) {
      const list = held.get(b);
      if (list) list.push(c);
      else held.set(b, [c]);
    }
  };
  already.forEach(hold);
  for (const c of [...candidates].sort((a, b) => b.score - a.score || a.start - b.start)) {
    if (chosen.has(c.claim) || isTaken(held, c)) continue;
    chosen.set(c.claim, c);
    hold(c);
  }
  return chosen;
}

// Held passages are filed by stretch of text, so a candidate is only checked against its neighbours.
const BLOCK = 256;

function block(offset: number): number {
  return Math.floor(offset / BLOCK);
}

function isTaken(held: Map<number, Candidate[]>, c: Candidate): boolean {
  for (let b = block(c.start); b <= block(c.end); b++) {
    for (const h of held.get(b) ?? []) if (conflicts(h, c)) return true;
  }
  return false;
}

function conflicts(a: Candidate, b: Candidate): boolean {
  if (overlap(a.old, b.old) > 0) return false;
  const shared = overlap(a, b);
  return shared > SAME_PASSAGE * Math.min(a.end - a.start, b.end - b.start);
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
