// Myers' bit-parallel approximate string search (G. Myers, "A Fast Bit-Vector Algorithm for
// Approximate String Matching Based on Dynamic Programming", 1999, block-based form), as
// approx-string-match 2.0.0 implements it (MIT, © 2020 Robert Knight), with the same results.
// One change: a pattern's bit masks are built in one pass over it, once per search and once for
// the reversed pattern shared by every match's start search. The library builds them with a
// 256-step loop and 32 steps per distinct character and block, again for every match's start:
// in a fresh process that set-up runs before V8 optimises it, and was much of a search's time.

export type Match = { start: number; end: number; errors: number };

/** Word size: the pattern is processed 32 characters at a time. */
const W = 32;
const ASCII = 256;

type Pattern = {
  length: number;
  /** Index of the last block. */
  bMax: number;
  /** For each character code below 256, the positions of the pattern that hold it, as bits. */
  ascii: Uint32Array[];
  other: Map<number, Uint32Array>;
  none: Uint32Array;
};

function compile(pattern: string): Pattern {
  const bMax = Math.ceil(pattern.length / W) - 1;
  const none = new Uint32Array(bMax + 1);
  const ascii = new Array<Uint32Array>(ASCII).fill(none);
  const other = new Map<number, Uint32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    let bits = c < ASCII ? ascii[c]! : other.get(c);
    if (bits === none || bits === undefined) {
      bits = new Uint32Array(bMax + 1);
      if (c < ASCII) ascii[c] = bits;
      else other.set(c, bits);
    }
    bits[i >> 5]! |= 1 << (i & 31);
  }
  return { length: pattern.length, bMax, ascii, other, none };
}

/**
 * Matches of `pattern` in `text` with at most `maxErrors` errors (edit distance): only those with
 * the fewest errors, each from its leftmost start.
 */
export function searchApproximate(text: string, pattern: string, maxErrors: number): Match[] {
  if (pattern.length === 0) return [];
  const ends = findMatchEnds(text, compile(pattern), maxErrors);
  if (ends.length === 0) return ends;
  const reversed = compile(reverse(pattern));
  return ends.map((m) => {
    // The start is found by searching the reversed pattern backwards from the end with the same
    // number of errors; of several starts, the one making the longest match.
    const minStart = Math.max(0, m.end - pattern.length - m.errors);
    const back = findMatchEnds(reverse(text.slice(minStart, m.end)), reversed, m.errors);
    const start = back.reduce((min, rm) => Math.min(min, m.end - rm.end), m.end);
    return { start, end: m.end, errors: m.errors };
  });
}

function reverse(s: string): string {
  return s.split("").reverse().join("");
}

function oneIfNotZero(n: number): number {
  return ((n | -n) >> 31) & 1;
}

type Columns = { P: Uint32Array; M: Uint32Array; lastRowMask: Uint32Array };

/** One block's step (Fig. 8 of the paper, branch-free); returns the horizontal delta out, -1..1. */
function advanceBlock(ctx: Columns, peq: Uint32Array, b: number, hIn: number): number {
  let pV = ctx.P[b]!;
  let mV = ctx.M[b]!;
  const hInIsNegative = hIn >>> 31;
  const eq = peq[b]! | hInIsNegative;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const hOut = oneIfNotZero(pH & ctx.lastRowMask[b]!) - oneIfNotZero(mH & ctx.lastRowMask[b]!);
  pH <<= 1;
  mH <<= 1;
  mH |= hInIsNegative;
  pH |= oneIfNotZero(hIn) - hInIsNegative;
  pV = mH | ~(xV | pH);
  mV = pH & xV;
  ctx.P[b] = pV;
  ctx.M[b] = mV;
  return hOut;
}

/**
 * Ends and error counts of the matches with the fewest errors (Fig. 9 of the paper): blocks below
 * the threshold are skipped, and the threshold drops to each better match found.
 */
function findMatchEnds(text: string, p: Pattern, maxErrors: number): Match[] {
  maxErrors = Math.min(maxErrors, p.length);
  const matches: Match[] = [];
  const { bMax } = p;
  const ctx: Columns = { P: new Uint32Array(bMax + 1), M: new Uint32Array(bMax + 1), lastRowMask: new Uint32Array(bMax + 1) };
  ctx.lastRowMask.fill(1 << 31);
  ctx.lastRowMask[bMax] = 1 << (p.length - 1) % W;
  let y = Math.max(0, Math.ceil(maxErrors / W) - 1);
  const score = new Uint32Array(bMax + 1);
  for (let b = 0; b <= y; b++) score[b] = (b + 1) * W;
  score[bMax] = p.length;
  for (let b = 0; b <= y; b++) {
    ctx.P[b] = ~0;
    ctx.M[b] = 0;
  }
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const peq = c < ASCII ? p.ascii[c]! : (p.other.get(c) ?? p.none);
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(ctx, peq, b, carry);
      score[b]! += carry;
    }
    if (score[y]! - carry <= maxErrors && y < bMax && (peq[y + 1]! & 1 || carry < 0)) {
      y++;
      ctx.P[y] = ~0;
      ctx.M[y] = 0;
      const remainder = p.length % W;
      const maxBlockScore = y === bMax && remainder !== 0 ? remainder : W;
      score[y] = score[y - 1]! + maxBlockScore - carry + advanceBlock(ctx, peq, y, carry);
    } else {
      while (y > 0 && score[y]! >= maxErrors + W) y--;
    }
    if (y === bMax && score[y]! <= maxErrors) {
      if (score[y]! < maxErrors) matches.length = 0;
      matches.push({ start: -1, end: j + 1, errors: score[y]! });
      maxErrors = score[y]!;
    }
  }
  return matches;
}
