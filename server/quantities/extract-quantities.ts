// Finds the figures a sentence states: the number as written, its value, the qualifier in front
// of it ("more than", "some", "at least"), its unit and the thing counted ("civilians"). A clock
// time is one figure ("2:45 p.m.", unit "time", value in minutes after midnight), not two numbers.

import { words } from "../text/words";

export type Quantity = {
  /** The figure as written: "250,000", "1.5", "seven". */
  figure: string;
  /** The figure with its qualifier and unit: "more than 1.5 million". */
  text: string;
  /** Numeric value, scale words applied: "1.5 million" → 1500000. */
  value: number;
  qualifier: string | null;
  unit: string | null;
  /** The noun that follows the figure: "civilians" in "250,000 civilians". */
  counted: string | null;
  /** Offsets of `figure` in the text. */
  start: number;
  end: number;
};

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** Whether a lower-case word is a number written out ("two", "dozen"): read as a figure. */
export function isNumberWord(lowerWord: string): boolean {
  return Object.hasOwn(NUMBER_WORDS, lowerWord);
}

const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9,
};

// Longest first, so "just over" wins over "over".
const QUALIFIERS = [
  "more than", "less than", "fewer than", "greater than", "at least", "at most", "up to",
  "as many as", "as few as", "close to", "upwards of", "in excess of", "an estimated",
  "just over", "just under", "well over", "nearly", "almost", "about", "around", "roughly",
  "approximately", "approx.", "some", "over", "under", "below", "above", "estimated",
  "just", "only", "reportedly", "possibly", "likely", "maybe", "no fewer than", "no more than",
  "no less than", "not more than", "not less than", "as much as", "as little as", "a minimum of",
  "a maximum of", "in the region of", "the better part of", "slightly more than",
  "slightly fewer than", "slightly less than", "a little over", "a little under", "well under",
  "just below", "just above", "circa", "an approximate", "a reported", "a confirmed", "a further",
  "an additional", "allegedly", "apparently", "purportedly", "supposedly", "perhaps", "probably",
].sort((a, b) => b.length - a.length);

const CURRENCY = /[$€£¥]$/;
const STOPWORDS = new Set(["of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "by", "for", "were", "was", "have", "has", "had", "are", "is", "been", "be", "who", "which", "that", "with", "from", "as"]);

const CLOCK = String.raw`(?<![\p{L}\p{N}:.,])(?:\d{1,2}(?::\d{2}){1,2}(?:\s?(?:[ap]\.m\.|[ap]m\b))?|\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b))`;

// Digits count with letters after them ("102nd", "5km") but not as part of a name ("COVID-19",
// "SARS-CoV-2", "G7"); number words only as whole words.
const FIGURE = new RegExp(
  `${CLOCK}|(?<![\\p{N}.,])(?<!\\p{L}-?)\\d+(?:[.,]\\d+)*|(?<![\\p{L}\\p{N}])(?:${Object.keys(NUMBER_WORDS).join("|")})(?![\\p{L}\\p{N}])`,
  "giu",
);

export function extractQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const figure = m[0];
    const time = clockMinutes(figure);
    const base = time ?? (/\d/.test(figure) ? Number(figure.replace(/,/g, "")) : NUMBER_WORDS[figure.toLowerCase()]);
    if (base === undefined || Number.isNaN(base)) continue;
    const start = m.index;
    const end = start + figure.length;
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, start - 24), start);

    const scale = time === undefined ? /^\s*(thousand|million|billion|trillion|bn|m)\b/i.exec(after) : null;
    const percent = time === undefined ? /^\s*(%|per ?cent\b)/i.exec(after) : null;
    const currency = CURRENCY.exec(before);
    const unitMatch = scale ?? percent;
    const unit = time !== undefined ? "time" : [currency?.[0], unitMatch?.[1]?.toLowerCase()].filter(Boolean).join(" ") || null;
    const afterUnit = unitMatch ? after.slice(unitMatch[0].length) : after;
    const counted = countedNoun(afterUnit);

    const beforeFigure = currency ? before.slice(0, -currency[0].length) : before;
    const qualifier = qualifierBefore(beforeFigure);
    const textStart = start - (currency ? currency[0].length : 0) - (qualifier ? qualifier.length + 1 : 0);
    const textEnd = end + (unitMatch ? unitMatch[0].length : 0);

    found.push({
      figure,
      text: text.slice(textStart, textEnd),
      value: base * (scale ? (SCALES[scale[1]!.toLowerCase()] ?? 1) : 1),
      qualifier,
      unit,
      counted,
      start,
      end,
    });
  }
  return found;
}

/** Minutes after midnight of a clock time ("2:45 p.m." → 885), undefined for any other figure. */
function clockMinutes(figure: string): number | undefined {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s?(?:([ap])\.?m\.?)?$/i.exec(figure);
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  const hour = m[3] ? (Number(m[1]) % 12) + (m[3].toLowerCase() === "p" ? 12 : 0) : Number(m[1]);
  return hour * 60 + Number(m[2] ?? 0);
}

// One expression for all qualifiers: the longest one ending just before the figure wins.
const QUALIFIER_BEFORE = new RegExp(`(?:^|[ \\n])(${QUALIFIERS.map((q) => q.replace(".", "\\.")).join("|")}) $`, "i");

// A figure, a number word or a word of a qualifier: what an edit must touch to change a figure.
// Looked up word by word rather than with one expression of every alternative, which costs more to
// compile than a first re-anchoring spends using it.
const FIGURE_CUES = new Set([...Object.keys(NUMBER_WORDS), ...QUALIFIERS.flatMap((q) => q.replace(".", "").split(" "))]);
const DIGIT = /\p{N}/u;

/** Whether changed text could change a figure or its qualifier (most wording edits cannot). */
export function touchesFigures(changedText: string): boolean {
  return DIGIT.test(changedText) || words(changedText).some((w) => FIGURE_CUES.has(w));
}

function qualifierBefore(before: string): string | null {
  return QUALIFIER_BEFORE.exec(before)?.[1] ?? null;
}

function countedNoun(after: string): string | null {
  const first = /^\s+([\p{L}-]+)/u.exec(after)?.[1];
  if (!first || STOPWORDS.has(first.toLowerCase()) || SCALES[first.toLowerCase()]) return null;
  return first;
}
