// W3C Web Annotations (https://www.w3.org/TR/annotation-model/) for claims: each claim's passage in
// the article's current version as a TextQuoteSelector and a TextPositionSelector, with the target
// as a list of { source, selector[] } — the shape Hypothesis's client anchors from.
import { storyPath, type publicSite } from "../publication/site";
import type { QuoteAnchor } from "../text/quote-anchor";

export const annotationContext = "http://www.w3.org/ns/anno.jsonld";
export const annotationMediaType = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** What the annotations target: the article where it was published, else its public story page. */
export const annotationSource = (article: { slug: string; canonicalUrl: string | null }, site: ReturnType<typeof publicSite>) =>
  article.canonicalUrl ?? `${site.url}${storyPath(article.slug)}`;

export type AnnotationBody =
  | { type: "TextualBody"; purpose: "describing" | "assessing" | "tagging" | "commenting"; value: string; format: "text/plain" }
  | { type: "SpecificResource"; purpose: "linking"; source: string };

export function textBody(purpose: "describing" | "assessing" | "tagging" | "commenting", value: string): AnnotationBody {
  return { type: "TextualBody", purpose, value, format: "text/plain" };
}

export function claimAnnotation({ id, source, anchor, body, created, modified }: { id: string; source: string; anchor: QuoteAnchor; body: AnnotationBody[]; created: Date; modified: Date }) {
  return {
    "@context": annotationContext,
    id,
    type: "Annotation",
    motivation: "assessing",
    created: created.toISOString(),
    modified: modified.toISOString(),
    body,
    target: [
      {
        source,
        selector: [
          { type: "TextQuoteSelector", exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
          { type: "TextPositionSelector", start: anchor.start, end: anchor.end },
        ],
      },
    ],
  };
}

export type ClaimAnnotation = ReturnType<typeof claimAnnotation>;

/** An AnnotationCollection with every annotation on its one embedded page, written as it is read. */
export async function* annotationCollection({ id, label, total, annotations }: { id: string; label: string; total: number; annotations: AsyncIterable<ClaimAnnotation[]> }): AsyncGenerator<string> {
  const head = { "@context": annotationContext, id, type: "AnnotationCollection", label, total };
  const page = { id: `${id}#page-1`, type: "AnnotationPage", partOf: id, startIndex: 0 };
  yield `${JSON.stringify(head).slice(0, -1)},"first":${JSON.stringify(page).slice(0, -1)},"items":[`;
  let first = true;
  for await (const batch of annotations) {
    if (batch.length === 0) continue;
    yield `${first ? "" : ","}${batch.map((a) => JSON.stringify(a)).join(",")}`;
    first = false;
  }
  yield "]}}\n";
}
