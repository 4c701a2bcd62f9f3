// The public API's OpenAPI 3.1 description, served at /api/v1/openapi.json. The e2e spec
// exports-and-embeds calls every path listed here and checks each documented required field.
import { ratings } from "../workflow/workflow-labels";
import { publicSite } from "./site";

const nullable = (type: string) => ({ type: [type, "null"] });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ "application/json": { schema } });
const slugParameter = { name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9-]{1,200}$" } };
const notFound = { description: "Nothing published has this address.", content: json(ref("Error")) };

export function openApiDocument(site = publicSite()) {
  return {
    openapi: "3.1.0",
    info: {
      title: `${site.organisation.name} public API`,
      version: "1",
      description: "Published fact-checks only: every claim, verdict and source here is the snapshot an editor approved. Responses are cached (s-maxage=60) and refreshed when a verdict is published, revised or withdrawn.",
    },
    servers: [{ url: site.url }],
    paths: {
      "/api/v1/claims": {
        get: {
          summary: "Published claims, newest first",
          parameters: [
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
            { name: "rating", in: "query", schema: { type: "string", enum: [...ratings, "withdrawn"] } },
            { name: "cursor", in: "query", description: "From the `next` link of the previous page.", schema: { type: "string" } },
          ],
          responses: { 200: { description: "A page of claims.", content: json(ref("ClaimPage")) }, 400: { description: "A query parameter is invalid.", content: json(ref("Error")) } },
        },
      },
      "/api/v1/claims/{slug}": {
        get: { summary: "One published claim with its rationale, sources, appearances and history", parameters: [slugParameter], responses: { 200: { description: "The claim.", content: json(ref("Claim")) }, 404: notFound } },
      },
      "/api/v1/stories/{slug}/annotations": {
        get: {
          summary: "A story's published claims as W3C Web Annotations (TextQuoteSelector and TextPositionSelector on the article's URL)",
          parameters: [slugParameter],
          responses: { 200: { description: "An AnnotationCollection.", content: { "application/ld+json": { schema: ref("AnnotationCollection") } } }, 404: notFound },
        },
      },
      "/feeds/claim-reviews.jsonld": {
        get: { summary: "Every published claim review as a schema.org DataFeed of ClaimReview items", responses: { 200: { description: "The feed.", content: { "application/ld+json": { schema: ref("DataFeed") } } } } },
      },
      "/feeds/verdicts.atom": {
        get: { summary: "Atom feed of publications, revisions and withdrawals", responses: { 200: { description: "The feed.", content: { "application/atom+xml": { schema: { type: "string" } } } } } },
      },
      "/sitemap.xml": {
        get: { summary: "Sitemap of the public pages", responses: { 200: { description: "The sitemap.", content: { "application/xml": { schema: { type: "string" } } } } } },
      },
      "/embed/claims/{slug}": {
        get: {
          summary: "The verdict card for an iframe (the only page that may be framed)",
          parameters: [slugParameter],
          responses: { 200: { description: "The card.", content: { "text/html": { schema: { type: "string" } } } }, 404: { description: "A card saying the fact check is not available.", content: { "text/html": { schema: { type: "string" } } } } },
        },
      },
    },
    components: {
      schemas: {
        Error: { type: "object", required: ["error"], properties: { error: { type: "string" } } },
        Verdict: {
          type: "object",
          required: ["rating", "ratingName", "ratingValue", "publishedAt", "withdrawn"],
          properties: {
            rating: { type: "string", enum: ratings },
            ratingName: { type: "string" },
            ratingValue: { ...nullable("integer"), description: "ClaimReview's scale: 1 (false) to 5 (true); null for unproven." },
            publishedAt: { type: "string", format: "date-time" },
            withdrawn: { oneOf: [{ type: "null" }, { type: "object", required: ["at", "reason"], properties: { at: { type: "string", format: "date-time" }, reason: { type: "string" } } }] },
            rationale: { type: "string", description: "Markdown (in the single-claim response)." },
          },
        },
        ClaimSummary: {
          type: "object",
          required: ["slug", "url", "statement", "claimant", "kind", "underReview", "updatedAt", "verdict", "article"],
          properties: {
            slug: { type: "string" },
            url: { type: "string", format: "uri" },
            statement: { type: "string" },
            claimant: nullable("string"),
            kind: { type: "string" },
            underReview: { type: "boolean", description: "The article changed since the verdict; an editor is re-checking it." },
            updatedAt: nullable("string"),
            verdict: ref("Verdict"),
            article: { type: "object", required: ["title", "publisher", "url"], properties: { title: { type: "string" }, publisher: { type: "string" }, url: { type: "string", format: "uri" } } },
          },
        },
        ClaimPage: { type: "object", required: ["items", "next"], properties: { items: { type: "array", items: ref("ClaimSummary") }, next: { ...nullable("string"), description: "The next page's address." } } },
        Claim: {
          type: "object",
          required: ["slug", "url", "statement", "claimant", "kind", "underReview", "updatedAt", "revisedFigures", "verdict", "sources", "appearances", "history"],
          properties: {
            slug: { type: "string" },
            url: { type: "string", format: "uri" },
            statement: { type: "string" },
            claimant: nullable("string"),
            kind: { type: "string" },
            underReview: { type: "boolean" },
            updatedAt: nullable("string"),
            revisedFigures: { type: "array", items: { type: "object", properties: { old: nullable("string"), new: nullable("string") } } },
            verdict: ref("Verdict"),
            sources: {
              type: "array",
              items: { type: "object", required: ["title", "url", "publisher", "kind", "stance"], properties: { title: { type: "string" }, url: { type: "string" }, publisher: nullable("string"), kind: { type: "string" }, stance: { type: "string", enum: ["supports", "contradicts", "context"] } } },
            },
            appearances: {
              type: "array",
              items: {
                type: "object",
                required: ["article", "versions"],
                properties: {
                  article: { type: "object", required: ["title", "publisher", "url", "page"], properties: { title: { type: "string" }, publisher: { type: "string" }, url: nullable("string"), page: { type: "string" } } },
                  versions: { type: "array", items: { type: "object", required: ["number", "capturedAt", "quote"], properties: { number: { type: "integer" }, capturedAt: { type: "string" }, quote: { type: "string" } } } },
                },
              },
            },
            history: { type: "array", items: { type: "object", required: ["rating", "ratingName", "status", "publishedAt", "withdrawnAt", "withdrawalReason"] } },
          },
        },
        Annotation: {
          type: "object",
          required: ["@context", "id", "type", "body", "target"],
          properties: {
            "@context": { const: "http://www.w3.org/ns/anno.jsonld" },
            id: { type: "string", format: "uri" },
            type: { const: "Annotation" },
            motivation: { const: "assessing" },
            body: { type: "array", items: { type: "object", required: ["type"] } },
            target: {
              type: "array",
              items: {
                type: "object",
                required: ["source", "selector"],
                properties: { source: { type: "string", format: "uri" }, selector: { type: "array", items: { type: "object", required: ["type"], properties: { type: { enum: ["TextQuoteSelector", "TextPositionSelector"] } } } } },
              },
            },
          },
        },
        AnnotationCollection: {
          type: "object",
          required: ["@context", "id", "type", "total", "first"],
          properties: {
            "@context": { const: "http://www.w3.org/ns/anno.jsonld" },
            id: { type: "string" },
            type: { const: "AnnotationCollection" },
            total: { type: "integer" },
            first: { type: "object", required: ["id", "type", "items"], properties: { id: { type: "string" }, type: { const: "AnnotationPage" }, items: { type: "array", items: ref("Annotation") } } },
          },
        },
        DataFeed: {
          type: "object",
          required: ["@context", "@type", "dataFeedElement"],
          properties: {
            "@context": { const: "https://schema.org" },
            "@type": { const: "DataFeed" },
            dataFeedElement: {
              type: "array",
              items: { type: "object", required: ["@type", "dateModified", "item"], properties: { item: { type: "object", required: ["@type", "url", "claimReviewed", "reviewRating", "author", "datePublished"] } } },
            },
          },
        },
      },
    },
  };
}
