// The per-claim approach re-anchoring is compared with, as Hypothesis's client anchors a quote:
// each claim on its own, verbatim occurrences first, else an approximate search of the whole text
// (approx-string-match, up to half the quote's length in errors), the best one kept.

import search from "approx-string-match";

export type PerClaimMatch = { id: string; start: number; end: number; errors: number } | { id: string; start: null };

export function matchPerClaim(text: string, claims: { id: string; exact: string }[]): PerClaimMatch[] {
  return claims.map(({ id, exact }) => {
    const at = text.indexOf(exact);
    if (at >= 0) return { id, start: at, end: at + exact.length, errors: 0 };
    const matches = search(text, exact, Math.min(256, Math.floor(exact.length / 2)));
    const best = matches.reduce<(typeof matches)[number] | null>((b, m) => (!b || m.errors < b.errors ? m : b), null);
    return best ? { id, ...best } : { id, start: null };
  });
}
