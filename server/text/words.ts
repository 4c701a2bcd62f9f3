// The words of a text as re-anchoring and matching compare them: runs of letters and digits,
// lower-cased, counted with repeats.

const WORD = /[\p{L}\p{N}]+/gu;

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
