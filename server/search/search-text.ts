// What a search box may send, and what of it reaches PostgreSQL: any text up to 10,000 characters
// is accepted; control characters (a NUL cannot even be stored in a PostgreSQL string) become
// spaces, whitespace collapses, and only the first 200 characters are searched.
import { z } from "zod";

export const searchedLength = 200;
const acceptedLength = 10_000;

/** The text as searched: never contains a control character or the highlight markers. */
export function normalizeSearchText(raw: string): string {
  const cleaned = raw
    .replace(/[\u0000-\u001f\u007f-\u009f\ue000\ue001]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (cleaned.length <= searchedLength) return cleaned;
  const cut = cleaned.slice(0, searchedLength);
  // Whole words only: a cut word would look for a word nobody wrote.
  const lastSpace = cut.lastIndexOf(" ");
  return (lastSpace > searchedLength / 2 ? cut.slice(0, lastSpace) : cut).trim();
}

export const searchTextInput = z
  .string()
  .max(acceptedLength, `A search can be at most ${acceptedLength.toLocaleString("en")} characters.`)
  .transform(normalizeSearchText);

function isShortQuery(text: string): boolean {
  return text.length <= 40 && text.split(" ").length <= 4;
}

/**
 * A page of results, with guesses at a misspelt word (trigram similarity) only for a short query
 * whose words as typed find less than a page: a misspelt word finds nothing, and ranking guesses
 * for a common word costs more than the rest of the search (docs/decisions/0012-search.md).
 * `rank` returns up to a page and one more row; the exact ranking asked for is usually the answer,
 * so a common word costs one query.
 */
export async function withSimilarSpellings<T>(text: string, page: number, pageSize: number, rank: (similar: boolean, page: number) => Promise<T[]>): Promise<T[]> {
  const exact = await rank(false, page);
  if (!isShortQuery(text) || (page === 1 ? exact.length >= pageSize : exact.length > 0)) return exact;
  const firstPage = page === 1 ? exact : await rank(false, 1);
  return firstPage.length >= pageSize ? exact : rank(true, page);
}
