// Builds a claim's anchor (quote, 32 characters of context each side, offsets) from a passage of
// a text, the way the claim editor stores it.

import type { ClaimAnchor } from "./reanchor";

const CONTEXT_LENGTH = 32;

export function anchorOf(id: string, text: string, start: number, end: number): ClaimAnchor {
  return {
    id,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}
