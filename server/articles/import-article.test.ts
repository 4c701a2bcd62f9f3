import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { demoStoryText } from "../testing/test-article";
import { createTestDatabase } from "../testing/test-database";
import { callerFor, createTestUser } from "../testing/test-users";

let db: Database;
let api: ReturnType<typeof callerFor>;
beforeAll(async () => {
  db = await createTestDatabase();
  api = callerFor(db, await createTestUser(db, "journalist"));
});
afterAll(() => db.close());

describe("importing a pasted article", () => {
  it("stores normalised text as version 1 with ranked suggestions and a history entry", async () => {
    const raw = demoStoryText.replace(/\n/g, "\r\n").replace("More than 250,000", "More\u00A0than  250,000");
    const { slug, suggestionCount } = await api.articles.import({ title: "Aleppo ceasefire", publisher: "AFP", text: raw });
    expect(slug).toBe("aleppo-ceasefire");
    const workspace = await api.articles.workspace({ slug });
    expect(workspace.version.text).toBe(demoStoryText);
    expect(workspace.version.captureMethod).toBe("pasted");
    expect(suggestionCount).toBe(workspace.suggestions.length);
    const trapped = workspace.suggestions.find((s) => s.exact.startsWith("More than 250,000 civilians have been trapped"));
    expect(trapped?.reasons.map((r) => r.kind)).toContain("figure");
    expect(workspace.version.text.slice(trapped!.start, trapped!.end)).toBe(trapped!.exact);
    const activity = await api.articles.activity({ articleId: workspace.article.id });
    expect(activity.map((a) => a.kind)).toEqual(["article.imported"]);

    const again = await api.articles.import({ title: "Aleppo ceasefire", publisher: "AFP", text: "Another text." });
    expect(again.slug).toMatch(/^aleppo-ceasefire-[0-9a-f]{6}$/);
  });

  it("refuses empty, blank, oversized text and bad URLs, saving nothing", async () => {
    const before = await db.prisma.article.count();
    const attempts = [
      { title: "T", publisher: "P", text: "" },
      { title: "T", publisher: "P", text: " \n\u00A0\t " },
      { title: "T", publisher: "P", text: "word ".repeat(120_000) },
      { title: "T", publisher: "P", text: "Fine.", canonicalUrl: "javascript:alert(1)" },
      { title: "", publisher: "P", text: "Fine." },
    ];
    for (const attempt of attempts) {
      const error = await api.articles.import(attempt).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
    }
    expect(await db.prisma.article.count()).toBe(before);
  });

  it("answers NOT_FOUND for an unknown article", async () => {
    await expect(api.articles.workspace({ slug: "no-such-article" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
