// Cuts an article's text at every claim boundary, so overlapping claims render as nested
// highlights while each piece of text is still one run with known offsets.
export type Span = { id: string; start: number; end: number };
export type Segment = { start: number; end: number; ids: string[] };

export function highlightSegments(textLength: number, spans: Span[]): Segment[] {
  const cuts = new Set([0, textLength]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(textLength, span.start)));
    cuts.add(Math.max(0, Math.min(textLength, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    // Shortest first: a click on nested highlights opens the innermost claim.
    const ids = spans
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((s) => s.id);
    segments.push({ start, end, ids });
  }
  return segments;
}
