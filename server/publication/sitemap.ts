// sitemap.xml of the public site: the home page, every published claim page (withdrawn ones
// too: their pages stay up with the notice) and every story page that has a published claim.
// A sitemap holds at most 50,000 addresses; past that the newest claims are listed.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { exportPageSize } from "../exports/export-claim-pages";
import { claimPath, publicSite, storyPath } from "./site";

type Site = ReturnType<typeof publicSite>;

const maxUrls = 50_000;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

const urlEntry = (loc: string, lastmod: Date | null) => `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ""}</url>\n`;

async function* pagesOf<T extends { id: string }>(read: (after: string | undefined) => Promise<T[]>): AsyncGenerator<T[]> {
  let after: string | undefined;
  for (;;) {
    const page = await read(after);
    yield page;
    if (page.length < exportPageSize) return;
    after = page.at(-1)!.id;
  }
}

export async function* sitemap(prisma: PrismaClient, site: Site = publicSite()): AsyncGenerator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n`;
  yield urlEntry(`${site.url}/`, null);
  let written = 1;
  const stories = { deletedAt: null, claims: { some: { publicVerdict: { isNot: null } } } } satisfies Prisma.ArticleWhereInput;
  const storyPages = pagesOf((after) =>
    prisma.article.findMany({ where: { ...stories, ...(after ? { id: { gt: after } } : {}) }, orderBy: { id: "asc" }, take: exportPageSize, select: { id: true, slug: true } }),
  );
  for await (const page of storyPages) {
    const kept = page.slice(0, maxUrls - written);
    written += kept.length;
    yield kept.map((article) => urlEntry(`${site.url}${storyPath(article.slug)}`, null)).join("");
  }
  // Newest first, so a site past the limit lists what changed last.
  let before: { at: Date; id: string } | undefined;
  while (written < maxUrls) {
    const page = await prisma.claim.findMany({
      where: { publicVerdict: { isNot: null }, ...(before ? { OR: [{ publicUpdatedAt: { lt: before.at } }, { publicUpdatedAt: before.at, id: { lt: before.id } }] } : {}) },
      orderBy: [{ publicUpdatedAt: "desc" }, { id: "desc" }],
      take: Math.min(exportPageSize, maxUrls - written),
      select: { id: true, slug: true, publicUpdatedAt: true },
    });
    written += page.length;
    yield page.map((claim) => urlEntry(`${site.url}${claimPath(claim.slug)}`, claim.publicUpdatedAt)).join("");
    if (page.length < exportPageSize) break;
    const last = page.at(-1)!;
    before = { at: last.publicUpdatedAt!, id: last.id };
  }
  yield "</urlset>\n";
}
