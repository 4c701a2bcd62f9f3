// Turns the three kinds of evidence about a candidate passage — how close its text is to the
// quote, whether the old prefix/suffix surround it, and whether it sits where the claim's
// neighbours say it should — into one confidence between 0 and 1.

import { wordDice } from "../text/words";

export type Evidence = { quote: number; context: number; position: number };

const WEIGHTS: Evidence = { quote: 0.6, context: 0.25, position: 0.15 };

/** Distance (in characters) at which the position evidence halves. */
const POSITION_SCALE = 400;

export function scoreMatch(e: Evidence): number {
  return WEIGHTS.quote * e.quote + WEIGHTS.context * e.context + WEIGHTS.position * e.position;
}

export function quoteSimilarity(quoteLength: number, passageLength: number, errors: number): number {
  return Math.max(0, 1 - errors / Math.max(quoteLength, passageLength, 1));
}

export function positionSimilarity(distance: number): number {
  return 1 / (1 + Math.abs(distance) / POSITION_SCALE);
}

/** How well the old prefix and suffix match the text around `text[start, end)`. */
export function contextSimilarity(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): number {
  const before = text.slice(Math.max(0, start - prefix.length - 4), start);
  const after = text.slice(end, end + suffix.length + 4);
  return (sideSimilarity(before, prefix, start === 0, before.endsWith(prefix))
    + sideSimilarity(after, suffix, end === text.length, after.startsWith(suffix))) / 2;
}

function sideSimilarity(window: string, expected: string, atEdge: boolean, exact: boolean): number {
  if (expected.length === 0) return atEdge ? 1 : 0.5;
  if (exact) return 1;
  // Word overlap rather than edit distance: cheap, and blind to the one changed character of a
  // joined sentence ("." → ",").
  return wordDice(expected, window);
}
