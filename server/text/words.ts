// The words of a text as re-anchoring and matching compare them: runs of letters and digits,
// lower-cased, counted with repeats.

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the UTF-16 unit at `at` (inside the text) is a letter or a digit; ASCII is told without a regular expression. */
export function isWordCharAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? isAsciiWordChar(c) : WORD_CHAR.test(text[at]!);
}

export function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** How many words the two lists share, counted with repeats. */
function sharedWordCount(wa: string[], wb: string[]): number {
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared;
}

/** Dice coefficient of the two texts' words, counted with repeats. */
export function wordDice(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  return (2 * sharedWordCount(wa, wb)) / Math.max(1, wa.length + wb.length);
}
