// Every place a quote stands verbatim in a text. A quote that starts a word is looked up by its
// first characters among the text's word starts, instead of scanning the whole text once per
// claim; other quotes fall back to a scan.

export type OccurrenceIndex = { text: string; byKey: Map<string, number[]> };

const KEY_LENGTH = 12;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function indexWordStarts(text: string): OccurrenceIndex {
  const byKey = new Map<string, number[]>();
  for (let i = 0; i + KEY_LENGTH <= text.length; i++) {
    if (i > 0 && WORD_CHAR.test(text[i - 1]!)) continue;
    const key = text.slice(i, i + KEY_LENGTH);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  return { text, byKey };
}

/**
 * Offsets of `quote` in the text. A quote that `startsWord` (nothing glued it to a word before
 * it) is not found glued to a word either.
 */
export function occurrences(index: OccurrenceIndex, quote: string, startsWord: boolean): number[] {
  const found: number[] = [];
  if (quote.length === 0) return found;
  if (startsWord && quote.length >= KEY_LENGTH) {
    for (const at of index.byKey.get(quote.slice(0, KEY_LENGTH)) ?? []) {
      if (index.text.startsWith(quote, at)) found.push(at);
    }
    return found;
  }
  const { text } = index;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (!startsWord || at === 0 || !WORD_CHAR.test(text[at - 1]!)) found.push(at);
  }
  return found;
}

export function startsWord(prefix: string): boolean {
  return prefix.length === 0 || !WORD_CHAR.test(prefix[prefix.length - 1]!);
}
