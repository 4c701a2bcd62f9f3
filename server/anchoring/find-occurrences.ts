// Every place a quote stands verbatim in a text, found by the native substring search (no index
// to build: a fresh process pays nothing before the first claim is found).

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Offsets of `quote` in the text. A quote that `startsWord` (nothing glued it to a word before
 * it) is not found glued to a word either.
 */
export function occurrences(text: string, quote: string, startsWord: boolean): number[] {
  const found: number[] = [];
  if (quote.length === 0) return found;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (!startsWord || at === 0 || !WORD_CHAR.test(text[at - 1]!)) found.push(at);
  }
  return found;
}

export function startsWord(prefix: string): boolean {
  return prefix.length === 0 || !WORD_CHAR.test(prefix[prefix.length - 1]!);
}
