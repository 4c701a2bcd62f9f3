// The evaluation's own reading of figures, independent of server/quantities: numbers in digits
// (not inside names such as "COVID-19" or "G7"), number words from "two" to "ninety", and clock
// times read whole ("3 p.m.", "2:45 p.m.", "23:00"), so a revised time is one change, not two.

export type Figure = { text: string; key: string };

const NUMBER_WORDS = [
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
  "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

const CLOCK = String.raw`\d{1,2}(?::\d{2}){1,2}(?:\s?(?:[ap]\.m\.|[ap]m\b))?|\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b)`;
const DIGITS = String.raw`(?<!\p{L}-?)(?<![\p{N}.,:])\d+(?:[.,]\d+)*`;
const WORDS = String.raw`(?<![\p{L}\p{N}])(?:${NUMBER_WORDS.join("|")})(?![\p{L}\p{N}])`;
const FIGURE = new RegExp(`(?<![\\p{L}\\p{N}:])(?:${CLOCK})|${DIGITS}|${WORDS}`, "giu");

export function referenceFigures(text: string): Figure[] {
  return [...text.matchAll(FIGURE)].map((m) => ({ text: m[0], key: figureKey(m[0]) }));
}

/** What a figure says, however written: "2,000" and "2000" alike, "3 p.m." and "3:00 pm" alike. */
export function figureKey(figure: string): string {
  const time = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s?(?:([ap])\.?m\.?)?$/i.exec(figure.trim());
  if (time && (time[2] !== undefined || time[4] !== undefined)) {
    const hour = Number(time[1]) % 12 + (time[4]?.toLowerCase() === "p" ? 12 : 0);
    const h = time[4] ? hour : Number(time[1]);
    return `${h}:${time[2] ?? "00"}${time[3] ? `:${time[3]}` : ""}`;
  }
  return figure.replace(/,/g, "").toLowerCase();
}

/**
 * The figures that differ between a claim and its passage: each figure only on one side, paired
 * in order with one only on the other side (a revision), or with null when it was added or dropped.
 */
export function changedFigures(before: Figure[], after: Figure[]): [string | null, string | null][] {
  const onlyBefore = without(before, after);
  const onlyAfter = without(after, before);
  const pairs: [string | null, string | null][] = [];
  for (let i = 0; i < Math.max(onlyBefore.length, onlyAfter.length); i++) {
    pairs.push([onlyBefore[i]?.text ?? null, onlyAfter[i]?.text ?? null]);
  }
  return pairs;
}

export function without(list: Figure[], drop: Figure[]): Figure[] {
  const rest = [...list];
  for (const d of drop) {
    const i = rest.findIndex((f) => f.key === d.key);
    if (i >= 0) rest.splice(i, 1);
  }
  return rest;
}
