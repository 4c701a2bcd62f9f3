import type { Highlighted } from "@/server/search/highlight";

/** Search matches in <mark>; every piece is text, escaped by React. */
export function HighlightedText({ pieces }: { pieces: Highlighted }) {
  return pieces.map((piece, i) => (piece.match ? <mark key={i} className="search-match">{piece.text}</mark> : piece.text));
}
