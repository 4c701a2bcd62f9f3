// Turns the browser's text selection inside the article into offsets over the stored text.
// Every rendered run carries data-start, and runs hold the text verbatim (white-space: pre-wrap).

function offsetAt(node: Node, offset: number, root: HTMLElement): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>("[data-start]");
    if (!run || !root.contains(run)) return null;
    return Number(run.dataset.start) + offset;
  }
  if (node instanceof HTMLElement) {
    const child = node.childNodes[offset] ?? null;
    const run = (child instanceof HTMLElement ? child : node).closest<HTMLElement>("[data-start]");
    if (run && root.contains(run)) return Number(run.dataset.start) + (child ? 0 : (run.textContent?.length ?? 0));
  }
  return null;
}

export function selectionInText(root: HTMLElement, text: string): { start: number; end: number; exact: string } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  let start = offsetAt(range.startContainer, range.startOffset, root);
  let end = offsetAt(range.endContainer, range.endOffset, root);
  if (start === null || end === null) return null;
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { start, end, exact: text.slice(start, end) };
}
