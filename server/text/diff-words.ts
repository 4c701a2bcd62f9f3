// Word-level difference between two passages, for showing what changed in a claim. Figures
// ("250,000", "2:45") and dotted abbreviations ("U.N.") are single tokens, so a revised figure reads
// as one change. Edits to a claim are local, so the common beginning and end are trimmed first and
// only the middle is aligned (longest common subsequence of tokens): no segmenter to load, little
// work per claim.

export type DiffPart = { op: "equal" | "insert" | "delete"; text: string };

const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*|\p{L}(?:\.\p{L})+\.?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*|\s+|[^\p{L}\p{N}\s]/gu;

/** The tokens a diff aligns: words, whole figures, single punctuation marks and runs of space. */
export function diffTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function diffWords(before: string, after: string): DiffPart[] {
  const a = diffTokens(before);
  const b = diffTokens(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = alignMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  const parts: DiffPart[] = [];
  push(parts, "equal", a.slice(0, head).join(""));
  for (const part of foldSpaces(middle)) push(parts, part.op, part.text);
  push(parts, "equal", a.slice(a.length - tail).join(""));
  return parts;
}

/** Beyond this many token pairs, a rewrite is shown as one deletion and one insertion. */
const MAX_ALIGNED = 4_000_000;

/** The middle tokens aligned by longest common subsequence; deletions before insertions. */
function alignMiddle(a: string[], b: string[]): DiffPart[] {
  if (a.length * b.length > MAX_ALIGNED) return [{ op: "delete", text: a.join("") }, { op: "insert", text: b.join("") }];
  const width = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ op: "equal", text: a[i++]! });
      j++;
    } else if (j >= b.length || (i < a.length && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      parts.push({ op: "delete", text: a[i++]! });
    } else {
      parts.push({ op: "insert", text: b[j++]! });
    }
  }
  return parts;
}

function push(parts: DiffPart[], op: DiffPart["op"], text: string): void {
  if (text === "") return;
  const last = parts.at(-1);
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

// A run of changes with only spaces left equal between them ("began on" → "got under way") reads
// better as one deleted and one inserted phrase.
function foldSpaces(parts: DiffPart[]): DiffPart[] {
  const folded: DiffPart[] = [];
  let i = 0;
  while (i < parts.length) {
    let j = i;
    while (j < parts.length && (parts[j]!.op !== "equal" || (j > i && j + 1 < parts.length && parts[j + 1]!.op !== "equal" && /^\s+$/.test(parts[j]!.text)))) j++;
    const run = parts.slice(i, j);
    if (run.some((p) => p.op === "delete") && run.some((p) => p.op === "insert")) {
      push(folded, "delete", run.filter((p) => p.op !== "insert").map((p) => p.text).join(""));
      push(folded, "insert", run.filter((p) => p.op !== "delete").map((p) => p.text).join(""));
    } else {
      for (const p of run) push(folded, p.op, p.text);
    }
    if (j < parts.length && parts[j]!.op === "equal") push(folded, "equal", parts[j++]!.text);
    i = Math.max(j, i + 1);
  }
  return folded;
}
