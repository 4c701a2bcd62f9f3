// The W3C Web Annotation Data Model's requirements (https://www.w3.org/TR/annotation-model/),
// written from the spec rather than from our code, for the tests of both annotation exports.
export const isIri = (value: unknown) => typeof value === "string" && URL.canParse(value);
const nonNegativeInteger = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

/** The spec's MUSTs for an Annotation, and the target shape Hypothesis's client anchors from. */
export function w3cAnnotationProblems(annotation: Record<string, unknown>, text?: string): string[] {
  const problems: string[] = [];
  const context = annotation["@context"];
  if (!(context === "http://www.w3.org/ns/anno.jsonld" || (Array.isArray(context) && context.includes("http://www.w3.org/ns/anno.jsonld")))) problems.push("@context must be the anno.jsonld context");
  if (!isIri(annotation.id)) problems.push("id must be an IRI");
  const type = annotation.type;
  if (!(type === "Annotation" || (Array.isArray(type) && type.includes("Annotation")))) problems.push("type must include Annotation");
  const bodies = annotation.body === undefined ? [] : Array.isArray(annotation.body) ? annotation.body : [annotation.body];
  for (const body of bodies as Record<string, unknown>[]) {
    if (body.type === "TextualBody" && typeof body.value !== "string") problems.push("a TextualBody must have a value");
    if (body.type === "SpecificResource" && !isIri(body.source)) problems.push("a SpecificResource must have a source IRI");
    if (body.type !== "TextualBody" && body.type !== "SpecificResource" && !isIri(body.id)) problems.push("an external body must have an id IRI");
  }
  if (!Array.isArray(annotation.target) || annotation.target.length === 0) return [...problems, "target must be a non-empty list (Hypothesis reads target[0])"];
  for (const target of annotation.target as Record<string, unknown>[]) {
    if (!isIri(target.source)) problems.push("target.source must be an IRI");
    if (!Array.isArray(target.selector)) {
      problems.push("target.selector must be a list");
      continue;
    }
    const selectors = target.selector as Record<string, unknown>[];
    const quote = selectors.find((s) => s.type === "TextQuoteSelector");
    const position = selectors.find((s) => s.type === "TextPositionSelector");
    if (!quote || typeof quote.exact !== "string") problems.push("a TextQuoteSelector with exact is required");
    for (const side of ["prefix", "suffix"]) if (quote && quote[side] !== undefined && typeof quote[side] !== "string") problems.push(`TextQuoteSelector.${side} must be text`);
    if (!position || !nonNegativeInteger(position.start) || !nonNegativeInteger(position.end) || (position.start as number) > (position.end as number)) problems.push("a TextPositionSelector with 0 ≤ start ≤ end is required");
    if (text !== undefined && quote && position && text.slice(position.start as number, position.end as number) !== quote.exact) problems.push("the selectors disagree with the text");
    if (text !== undefined && quote && typeof quote.prefix === "string" && !text.slice(0, position?.start as number).endsWith(quote.prefix)) problems.push("the prefix is not the text before the quote");
  }
  return problems;
}
