// The annotations against the W3C Web Annotation Data Model's requirements (the checks are in
// server/testing/w3c-annotation-problems.ts, written from the spec rather than from our code).
import { describe, expect, it } from "vitest";
import { isIri, w3cAnnotationProblems } from "../testing/w3c-annotation-problems";
import { quoteAnchor } from "../text/quote-anchor";
import { annotationCollection, claimAnnotation, textBody } from "./web-annotation";

const text = "The UN says more than 250,000 civilians have been trapped in the east. Moscow denies it.";
const start = text.indexOf("more than 250,000");
const annotation = claimAnnotation({
  id: "https://claims.example.org/claims/trapped-1#annotation",
  source: "https://news.example.com/aleppo",
  anchor: quoteAnchor(text, start, start + "more than 250,000 civilians have been trapped".length),
  body: [textBody("describing", "More than 250,000 civilians are trapped"), textBody("assessing", "Rated Mostly true"), { type: "SpecificResource", purpose: "linking", source: "https://claims.example.org/claims/trapped-1" }],
  created: new Date("2016-10-20T10:00:00Z"),
  modified: new Date("2016-10-21T10:00:00Z"),
});

describe("claimAnnotation", () => {
  it("meets the W3C model's requirements, with selectors that find the quote in the text", () => {
    expect(w3cAnnotationProblems(annotation, text)).toEqual([]);
    expect(annotation.target[0]!.selector.map((s) => s.type)).toEqual(["TextQuoteSelector", "TextPositionSelector"]);
  });

  it("is refused by the checks when a required part is missing", () => {
    const { target: _target, ...withoutTarget } = annotation;
    expect(w3cAnnotationProblems(withoutTarget)).toContain("target must be a non-empty list (Hypothesis reads target[0])");
    expect(w3cAnnotationProblems({ ...annotation, id: "not an iri" })).toContain("id must be an IRI");
    expect(w3cAnnotationProblems({ ...annotation, "@context": "https://schema.org" })).toContain("@context must be the anno.jsonld context");
    const shifted = { ...annotation, target: [{ ...annotation.target[0]!, selector: [annotation.target[0]!.selector[0]!, { type: "TextPositionSelector", start: 1, end: 5 }] }] };
    expect(w3cAnnotationProblems(shifted, text)).toContain("the selectors disagree with the text");
  });
});

describe("annotationCollection", () => {
  async function collect(annotations: (typeof annotation)[][]) {
    async function* batches() {
      yield* annotations;
    }
    let out = "";
    for await (const chunk of annotationCollection({ id: "https://claims.example.org/api/v1/stories/aleppo/annotations", label: "Aleppo", total: annotations.flat().length, annotations: batches() })) out += chunk;
    return JSON.parse(out) as Record<string, unknown> & { first: { type: string; items: Record<string, unknown>[] } };
  }

  it("is an AnnotationCollection whose first AnnotationPage holds every annotation", async () => {
    const collection = await collect([[annotation, annotation], [], [annotation]]);
    expect(collection).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 3 });
    expect(isIri(collection.id)).toBe(true);
    expect(collection.first.type).toBe("AnnotationPage");
    expect(collection.first.items).toHaveLength(3);
    for (const item of collection.first.items) expect(w3cAnnotationProblems(item, text)).toEqual([]);
  });

  it("is valid JSON with an empty page when there is nothing to annotate", async () => {
    expect((await collect([])).first.items).toEqual([]);
  });
});
