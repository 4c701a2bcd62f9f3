// The terms "seen before" matching compares: the text as a reader means it (links dropped,
// hashtags and handles read as words, "250,000" one number), then the shared word tokenizer,
// stop words out, Porter2 stems. Each term keeps the first surface word it came from, so a
// match can say "shares: aleppo, civilians" in the words the user wrote.
import stem from "wink-porter2-stemmer";
import { words } from "../text/words";

export type MatchTerm = { term: string; word: string };

const LINK = /(?:https?:\/\/|\bwww\.|pic\.twitter\.com\/)\S+/giu;
// A tweet embedded in a page ends "— Name (@handle) January 6, 2020": the date is not the claim.
const POST_DATE = /\)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$/u;
const TAG = /[#@]([\p{L}\p{N}_]+)/gu;
const THOUSANDS = /(\d),(?=\d{3}\b)/g;

const STOP_WORDS = new Set(
  ("a about above after again against all am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him " +
    "himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other " +
    "our ours ourselves out over own same she should so some such than that the their theirs them themselves then there " +
    "these they this those through to too under until up very was we were what when where which while who whom why will " +
    "with would you your yours yourself yourselves rt via amp s t don im ive its thats says said say")
    .split(" "),
);

/** "COVID19Vaccine" → "COVID 19 Vaccine"; "IlhanMN" → "Ilhan MN". */
function splitCompound(tag: string): string {
  return tag
    .replace(/_/g, " ")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")
    .replace(/(\p{L})(\p{N})/gu, "$1 $2")
    .replace(/(\p{N})(\p{L})/gu, "$1 $2");
}

export function withoutLinks(text: string): string {
  return text.replace(LINK, " ");
}

/** The text as a user reads it: no links, hashtags and handles as words, no thousands commas. */
export function readableText(text: string): string {
  return withoutLinks(text)
    .replace(POST_DATE, ")")
    .replace(TAG, (_, tag: string) => ` ${splitCompound(tag)} `)
    .replace(THOUSANDS, "$1");
}

export function matchTerms(text: string): MatchTerm[] {
  const terms: MatchTerm[] = [];
  for (const word of words(readableText(text))) {
    if (STOP_WORDS.has(word)) continue;
    terms.push({ term: /\p{N}/u.test(word) ? word : stem(word), word });
  }
  return terms;
}
