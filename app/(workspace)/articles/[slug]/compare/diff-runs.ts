// Cuts the word-level difference of two versions into runs to render: each run is one kind of
// edit (kept, deleted, inserted) within one set of claim passages, with its offset in its own
// version, for the side-by-side columns (older, newer) and for the inline view.
import type { DiffPart } from "@/server/text/diff-words";

export type ClaimSpan = { id: string; start: number; end: number };
export type Run = { key: string; text: string; op: DiffPart["op"]; claimIds: string[] };

export function diffRuns(parts: DiffPart[], olderSpans: ClaimSpan[], newerSpans: ClaimSpan[]) {
  const older: Run[] = [];
  const newer: Run[] = [];
  const inline: Run[] = [];
  let olderAt = 0;
  let newerAt = 0;
  for (const part of parts) {
    if (part.op !== "insert") {
      const runs = cut(part, olderAt, olderSpans, "o");
      older.push(...runs);
      if (part.op === "delete") inline.push(...runs);
      olderAt += part.text.length;
    }
    if (part.op !== "delete") {
      const runs = cut(part, newerAt, newerSpans, "n");
      newer.push(...runs);
      inline.push(...runs);
      newerAt += part.text.length;
    }
  }
  return { older, newer, inline };
}

function cut(part: DiffPart, at: number, spans: ClaimSpan[], side: string): Run[] {
  const end = at + part.text.length;
  const inside = spans.filter((s) => s.start < end && s.end > at);
  const points = [...new Set([at, end, ...inside.flatMap((s) => [s.start, s.end]).filter((p) => p > at && p < end)])].sort((a, b) => a - b);
  return points.slice(0, -1).map((start, i) => {
    const stop = points[i + 1]!;
    return {
      key: `${side}${start}`,
      text: part.text.slice(start - at, stop - at),
      op: part.op,
      claimIds: inside.filter((s) => s.start <= start && s.end >= stop).map((s) => s.id),
    };
  });
}

/** Splits a changed run at its figures, which the view emphasises. */
export function figurePieces(text: string): { text: string; figure: boolean }[] {
  return text.split(/(\p{N}+(?:[.,:]\p{N}+)*)/u).flatMap((piece, i) => (piece ? [{ text: piece, figure: i % 2 === 1 }] : []));
}
