import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { verdictFeed } from "./atom-feed";

const site = { url: "https://checks.example.org", organisation: { name: "Example <Fact> Check", url: "https://example.org" } };
const verdict = {
  statement: 'Washington says "it" </title><script>',
  claimant: "Washington",
  kind: "attribution" as const,
  rating: "true" as const,
  rationale: "State Department briefing & transcript.",
  sources: [],
  publishedAt: new Date("2026-10-20T10:00:00Z"),
};

describe("verdictFeed", () => {
  it("writes one escaped entry per publication, revision and withdrawal", () => {
    const xml = verdictFeed(
      [
        { kind: "withdrawn", id: "v1", at: new Date("2026-10-22T10:00:00Z"), slug: "washington", verdict: { ...verdict, withdrawn: { at: new Date(), reason: "Wrong quote." } } },
        { kind: "revised", id: "v1", at: new Date("2026-10-21T10:00:00Z"), slug: "washington", verdict: { ...verdict, withdrawn: null } },
        { kind: "published", id: "v0", at: new Date("2026-10-20T10:00:00Z"), slug: "washington", verdict: { ...verdict, withdrawn: null } },
      ],
      site,
    );
    const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>/, ""));
    const titles = [...document.querySelectorAll("entry > title")].map((t) => t.textContent);
    expect(titles).toEqual([
      'Verdict withdrawn: Washington says "it" </title><script>',
      'Revised to True: Washington says "it" </title><script>',
      'Rated True: Washington says "it" </title><script>',
    ]);
    expect(document.querySelector("feed > updated")?.textContent).toBe("2026-10-22T10:00:00.000Z");
    expect(xml).not.toContain("<script>");
    expect(document.querySelector("entry > link")?.getAttribute("href")).toBe("https://checks.example.org/claims/washington");
  });
});
