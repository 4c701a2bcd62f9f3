// The one normalisation an article's text gets before it is stored; anchors point into the result,
// so it must never change once a version exists.

const typographicSpaces = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

export function normalizeArticleText(raw: string): string {
  return raw
    .replace(/\r\n?|\u2028|\u2029/g, "\n")
    .replace(invisible, "")
    .replace(typographicSpaces, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
