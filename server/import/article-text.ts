// Renders the article HTML Readability kept as plain text: one paragraph per block element
// (headings and list items included), paragraphs separated by a blank line, <br> as a line break.

const elementNode = 1;
const textNode = 3;

const blockTags = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIGCAPTION",
  "FIGURE", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE",
  "SECTION", "SUMMARY", "TABLE", "TD", "TH", "TR", "UL",
]);
const skippedTags = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "IFRAME", "OBJECT", "BUTTON", "SELECT", "TEXTAREA"]);

export function plainTextOf(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";

  const endParagraph = () => {
    const paragraph = current
      .split("\n")
      .map((line) => line.replace(/[ \t\r\f]+/g, " ").trim())
      .filter((line) => line !== "")
      .join("\n");
    if (paragraph !== "") paragraphs.push(paragraph);
    current = "";
  };

  const visit = (node: Node, preformatted: boolean) => {
    if (node.nodeType === textNode) {
      const text = node.textContent ?? "";
      current += preformatted ? text.replace(/\r\n?/g, "\n") : text.replace(/[ \t\n\r\f]+/g, " ");
      return;
    }
    if (node.nodeType !== elementNode) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (skippedTags.has(tag)) return;
    if (tag === "BR") {
      current += "\n";
      return;
    }
    const block = blockTags.has(tag);
    if (block) endParagraph();
    node.childNodes.forEach((child) => visit(child, preformatted || tag === "PRE"));
    if (block) endParagraph();
  };

  visit(root, false);
  endParagraph();
  return paragraphs.join("\n\n");
}
