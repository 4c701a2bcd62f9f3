// Parses a fetched page into a DOM with linkedom, adding the structure a browser would imply: linkedom
// makes the first tag the document element when <html> is missing and leaves content outside <body>
// when <body> is, and Readability then finds no article.

import { parseHTML } from "linkedom";

const headTags = new Set(["TITLE", "META", "LINK", "BASE", "STYLE"]);

export function parsePage(html: string): Document {
  const rooted = /<html[\s>]/i.test(html) ? html : `<html>${html.replace(/^\s*<!doctype[^>]*>/i, "")}</html>`;
  const { document } = parseHTML(rooted);
  const { documentElement: root, head, body } = document;
  for (const node of [...root.childNodes]) {
    if (node === head || node === body) continue;
    const tag = (node as Element).tagName?.toUpperCase() ?? "";
    (headTags.has(tag) ? head : body).appendChild(node);
  }
  return document;
}
