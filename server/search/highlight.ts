// Highlighting without HTML: PostgreSQL's ts_headline marks matches with two private-use
// characters (stripped from the text beforehand), and this cuts the result into plain pieces that
// React renders, escaped, with <mark> around the matches.
export const matchStart = "\ue000";
export const matchEnd = "\ue001";

export type Highlighted = { text: string; match: boolean }[];

export function splitHighlights(marked: string): Highlighted {
  const pieces: Highlighted = [];
  let match = false;
  for (const part of marked.split(/([\ue000\ue001])/)) {
    if (part === matchStart) match = true;
    else if (part === matchEnd) match = false;
    else if (part) pieces.push({ text: part, match });
  }
  return pieces;
}
