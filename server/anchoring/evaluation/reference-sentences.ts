// The evaluation's own reading of sentences and words, written from the definitions of the eval
// README and deliberately sharing no code with the engine: an answer key built with the engine's
// splitter would agree with the engine by construction.

export type Range = { start: number; end: number };

// Abbreviations after which a full stop never ends a sentence (a name or a figure follows).
const TITLES = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cmdr", "adm", "sen",
  "rep", "gov", "pres", "rev", "hon", "st", "mt", "ft", "no", "nos", "vol", "fig", "vs", "v", "ca",
  "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

// Words that, capitalised after "U.S." or "p.m.", show a new sentence has begun.
const SENTENCE_OPENERS = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
  "his", "her", "its", "their", "our", "there", "in", "on", "at", "by", "for", "from", "after",
  "before", "during", "but", "and", "however", "meanwhile", "as", "when", "while", "if",
  "since", "although", "some", "many", "most", "several", "according", "officials", "police",
]);

/** Sentences: cut after . ! ? (and closing quotes or brackets) before a capital, digit or quote, and at line breaks. */
export function referenceSentences(text: string): Range[] {
  const sentences: Range[] = [];
  let from = 0;
  const push = (end: number) => {
    let s = from;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ start: s, end: e });
    from = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") {
      push(i);
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end]!)) end++;
    const rest = text.slice(end);
    const next = /^[ \t]+["“‘(]?([\p{Lu}\p{N}][\p{L}]*)/u.exec(rest);
    if (!next) continue;
    if (c === "." && !endsSentence(text.slice(from, i), next[1]!)) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences;
}

function endsSentence(before: string, nextWord: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (TITLES.has(word.toLowerCase())) return false;
  // An initial ("George W. Bush") or a dotted abbreviation ("U.S.", "p.m.") ends a sentence only
  // when the next word is one a sentence typically opens with.
  const dotted = /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
  return !dotted || SENTENCE_OPENERS.has(nextWord.toLowerCase());
}

/** Words: runs of letters and digits, lower-cased; a figure ("1,500", "2.5", "2:45") is one word. */
export function referenceWords(text: string): string[] {
  return text.toLowerCase().match(/\p{N}+(?:[.,:]\p{N}+)*|\p{L}+/gu) ?? [];
}

/** Whitespace-separated words, the count the README's "sentences of 6+ words" means. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
