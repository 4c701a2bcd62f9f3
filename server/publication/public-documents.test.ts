// The public feed, sitemap, Web Annotations and embed card on a real database: only what an
// editor published appears, withdrawn verdicts say so, nothing unpublished leaks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/sessions";
import type { Database } from "../database/open-database";
import { importDemoStory, passage } from "../testing/test-article";
import { createTestDatabase } from "../testing/test-database";
import { callerFor, createTestUser } from "../testing/test-users";
import { w3cAnnotationProblems } from "../testing/w3c-annotation-problems";
import { claimReviewFeed } from "./claim-review-feed";
import { embedCardHtml, embedSnippet } from "./embed-card";
import { loadPublicClaim } from "./public-claims";
import { publicAnnotations } from "./public-annotations";
import { publicSite } from "./site";
import { sitemap } from "./sitemap";

let db: Database;
let journalist: SessionUser;
let editor: SessionUser;
let story: Awaited<ReturnType<typeof importDemoStory>>;
let unchecked: Awaited<ReturnType<typeof importDemoStory>>;
const slugs: Record<"published" | "withdrawn" | "proposed" | "draft", string> = { published: "", withdrawn: "", proposed: "", draft: "" };
const site = publicSite({ NODE_ENV: "test", CLAIMTRAIL_PUBLIC_URL: "https://claims.example.org", CLAIMTRAIL_ORG_NAME: "Example <Checks>" });

async function text(chunks: AsyncIterable<string>) {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

beforeAll(async () => {
  db = await createTestDatabase();
  journalist = await createTestUser(db, "journalist");
  editor = await createTestUser(db, "editor");
  story = await importDemoStory(db, journalist.id);
  unchecked = await importDemoStory(db, journalist.id, "A story with nothing published");
  const api = callerFor(db, journalist);
  const create = (phrase: string, statement: string, articleId = story.articleId, versionId = story.versionId, storyText = story.text) =>
    api.claims.create({ articleId, versionId, anchor: passage(storyText, phrase), statement, claimant: "UN", kind: "statistic" });
  const source = await api.sources.create({ url: "https://reliefweb.int/report/1", title: "OCHA report", kind: "official_statement" });
  const withSource = async (claimId: string) => {
    await api.sources.link({ claimId, sourceId: source.id, stance: "supports", note: "unpublishedmarker note" });
    return [source.id];
  };
  const publish = async (claimId: string, rating: "mostly_true" | "false") => {
    const { verdictId } = await api.verdicts.propose({ claimId, rating, rationale: "Because.", sourceIds: await withSource(claimId) });
    const revision = (await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).revision;
    return callerFor(db, editor).verdicts.approve({ verdictId, claimRevision: revision });
  };
  const published = await create("More than 250,000 civilians have been trapped", "Published: more than 250,000 <trapped>");
  slugs.published = (await publish(published.id, "mostly_true")).slug;
  const withdrawn = await create("Washington saying the bombardment", "Withdrawn: Washington says war crime");
  slugs.withdrawn = (await publish(withdrawn.id, "false")).slug;
  await callerFor(db, editor).verdicts.withdraw({ claimId: withdrawn.id, reason: "Published in error." });
  const proposed = await create("Moscow has dismissed the accusation", "unpublishedmarker proposed");
  await api.verdicts.propose({ claimId: proposed.id, rating: "false", rationale: "unpublishedmarker rationale", sourceIds: await withSource(proposed.id) });
  slugs.proposed = proposed.slug;
  slugs.draft = (await create("More than 250,000 civilians have been trapped", "unpublishedmarker draft", unchecked.articleId, unchecked.versionId, unchecked.text)).slug;
});
afterAll(() => db.close());

describe("ClaimReview DataFeed", () => {
  it("lists each published claim review, never an unpublished or withdrawn one", async () => {
    const body = await text(claimReviewFeed(db.prisma, site));
    const feed = JSON.parse(body) as { "@context": string; "@type": string; dataFeedElement: { "@type": string; item: Record<string, unknown> }[] };
    expect(feed).toMatchObject({ "@context": "https://schema.org", "@type": "DataFeed" });
    expect(feed.dataFeedElement).toHaveLength(1);
    expect(feed.dataFeedElement[0]).toMatchObject({
      "@type": "DataFeedItem",
      item: { "@type": "ClaimReview", url: `https://claims.example.org/claims/${slugs.published}`, claimReviewed: "Published: more than 250,000 <trapped>", reviewRating: { ratingValue: 4 } },
    });
    expect(body).not.toContain("unpublishedmarker");
    expect(body).not.toContain("Withdrawn:");
  });
});

describe("sitemap", () => {
  it("lists the home page, published (and withdrawn) claim pages and stories with a published claim", async () => {
    const xml = await text(sitemap(db.prisma, site));
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const storySlug = (await db.prisma.article.findUniqueOrThrow({ where: { id: story.articleId } })).slug;
    expect(locs.sort()).toEqual(
      ["https://claims.example.org/", `https://claims.example.org/claims/${slugs.published}`, `https://claims.example.org/claims/${slugs.withdrawn}`, `https://claims.example.org/stories/${storySlug}`].sort(),
    );
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  });
});

describe("public Web Annotations", () => {
  it("annotate only the published claims, as approved, on the story's current text", async () => {
    const storySlug = (await db.prisma.article.findUniqueOrThrow({ where: { id: story.articleId } })).slug;
    const body = await text((await publicAnnotations(db.prisma, storySlug, site))!);
    const collection = JSON.parse(body) as { total: number; first: { items: Record<string, unknown>[] } };
    expect(collection.total).toBe(2);
    expect(collection.first.items).toHaveLength(2);
    for (const item of collection.first.items) expect(w3cAnnotationProblems(item, story.text)).toEqual([]);
    expect(body).toContain("Rated Mostly true");
    expect(body).toContain("Verdict withdrawn: Published in error.");
    expect(body).toContain(`"source":"https://claims.example.org/stories/${storySlug}"`);
    expect(body).not.toContain("unpublishedmarker");
  });

  it("do not exist for a story with nothing published", async () => {
    const slug = (await db.prisma.article.findUniqueOrThrow({ where: { id: unchecked.articleId } })).slug;
    expect(await publicAnnotations(db.prisma, slug, site)).toBeNull();
    expect(await publicAnnotations(db.prisma, "no-such-story", site)).toBeNull();
  });
});

describe("embed card", () => {
  it("shows the verdict, statement and claimant, escaped, with a link to the claim page and no script", async () => {
    const html = embedCardHtml((await loadPublicClaim(db.prisma, slugs.published))!, site);
    expect(html).toContain("Mostly true");
    expect(html).toContain("Published: more than 250,000 &lt;trapped&gt;");
    expect(html).toContain("Claim by UN");
    expect(html).toContain("Fact check by Example &lt;Checks&gt;");
    expect(html).toContain(`href="https://claims.example.org/claims/${slugs.published}" target="_blank"`);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(Buffer.byteLength(html)).toBeLessThan(3000);
  });

  it("says a withdrawn verdict was withdrawn, and unpublished claims have no card", async () => {
    const html = embedCardHtml((await loadPublicClaim(db.prisma, slugs.withdrawn))!, site);
    expect(html).toContain("Verdict withdrawn");
    expect(html).toContain("Withdrawn: Published in error.");
    expect(await loadPublicClaim(db.prisma, slugs.proposed)).toBeNull();
    expect(await loadPublicClaim(db.prisma, slugs.draft)).toBeNull();
  });

  it("gives publishers a plain iframe snippet", () => {
    expect(embedSnippet({ slug: "x-1", verdict: { statement: 'A "quoted" claim' } }, site)).toBe(
      '<iframe src="https://claims.example.org/embed/claims/x-1" title="Fact check: A &quot;quoted&quot; claim" width="100%" height="230" style="border:0;max-width:540px" loading="lazy"></iframe>',
    );
  });
});
