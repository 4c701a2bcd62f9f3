// Word-level difference between two whole versions of an article, for the version comparison.
// Paragraphs are aligned first (Myers' O(ND) alignment, jsdiff), then each run of replaced
// paragraphs is aligned word by word over the tokens claims' diffs use, so a revised figure is one
// change and the cost stays bounded by the size of what was edited, not of the article.
import { diffArrays } from "diff";
import { diffTokens, type DiffPart } from "./diff-words";

/** Beyond this many edited tokens in one run of paragraphs, the run is shown replaced whole. */
const MAX_EDITED_TOKENS = 1_000;

export function diffTexts(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  let removed = "";
  for (const change of diffArrays(paragraphs(before), paragraphs(after))) {
    const text = change.value.join("");
    if (change.removed) {
      removed += text;
    } else if (change.added) {
      for (const part of diffWordsWithin(removed, text)) push(parts, part.op, part.text);
      removed = "";
    } else {
      push(parts, "delete", removed);
      removed = "";
      push(parts, "equal", text);
    }
  }
  push(parts, "delete", removed);
  return parts;
}

function diffWordsWithin(before: string, after: string): DiffPart[] {
  const changes = diffArrays(diffTokens(before), diffTokens(after), { maxEditLength: MAX_EDITED_TOKENS });
  if (!changes) return [{ op: "delete", text: before }, { op: "insert", text: after }];
  return changes.map((c) => ({ op: c.added ? "insert" : c.removed ? "delete" : "equal", text: c.value.join("") }));
}

function push(parts: DiffPart[], op: DiffPart["op"], text: string): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

function paragraphs(text: string): string[] {
  return text.split(/(?<=\n\s*\n)/);
}
