// Splits text into sentences with exact character offsets. wink-nlp finds the boundaries; line
// breaks always end a sentence because imported articles put headings and paragraphs on lines.
import { its, nlp } from "./english-nlp";

export type SentenceSpan = { start: number; end: number; exact: string };

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const linePattern = /[^\r\n]+/g;
  for (const line of text.matchAll(linePattern)) {
    if (line[0].trim() === "") continue;
    for (const span of splitLine(line[0])) {
      const start = line.index + span.start;
      spans.push({ start, end: start + span.exact.length, exact: span.exact });
    }
  }
  return spans;
}

function splitLine(line: string): SentenceSpan[] {
  const doc = nlp.readDoc(line);
  const values = doc.tokens().out(its.value) as string[];
  const tokenStarts = locateTokens(line, values);
  const spans: SentenceSpan[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const from = tokenStarts[first];
    const lastStart = tokenStarts[last];
    const lastValue = values[last];
    if (from === undefined || lastStart === undefined || lastValue === undefined) continue;
    spans.push(trimmed(line, from, lastStart + lastValue.length));
  }
  return spans.filter((span) => span.exact !== "");
}

// wink-nlp reports token values, not offsets; each value is searched for after the previous one.
function locateTokens(text: string, values: string[]): number[] {
  let cursor = 0;
  return values.map((value) => {
    const at = text.indexOf(value, cursor);
    if (at === -1) return cursor;
    cursor = at + value.length;
    return at;
  });
}

function trimmed(text: string, start: number, end: number): SentenceSpan {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? "")) from++;
  while (to > from && /\s/.test(text[to - 1] ?? "")) to--;
  return { start: from, end: to, exact: text.slice(from, to) };
}
