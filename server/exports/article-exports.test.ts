// The workspace exports on a real database, through the same response the route handlers send:
// who may download, what the CSV, JSON and Web Annotation files hold, and the empty article.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/sessions";
import type { Database } from "../database/open-database";
import { importDemoStory, passage } from "../testing/test-article";
import { createTestDatabase } from "../testing/test-database";
import { callerFor, createTestUser } from "../testing/test-users";
import { createContextInner } from "../trpc";
import { claimsCsvHeader } from "./claims-csv";
import { articleExportResponse, type ExportFormat } from "./export-response";

let db: Database;
let journalist: SessionUser;
let editor: SessionUser;
let story: Awaited<ReturnType<typeof importDemoStory>>;
let empty: Awaited<ReturnType<typeof importDemoStory>>;
const as = (user: SessionUser | null) => callerFor(db, user);
const download = (user: SessionUser | null, slug: string, format: ExportFormat) => articleExportResponse(createContextInner({ db, user }), slug, format);
const slugOf = async (articleId: string) => (await db.prisma.article.findUniqueOrThrow({ where: { id: articleId } })).slug;

/** RFC 4180 records, for reading back what the export wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return records;
}

const tricky = 'Officials said: "=HYPERLINK(evil)", more than 250,000\ntrapped';
const formulaLike = "=1+2 civilians, said @someone";

beforeAll(async () => {
  db = await createTestDatabase();
  journalist = await createTestUser(db, "journalist");
  editor = await createTestUser(db, "editor");
  story = await importDemoStory(db, journalist.id);
  empty = await importDemoStory(db, journalist.id, "An article nobody has checked yet");
  const api = as(journalist);
  const create = (phrase: string, statement: string, claimant: string | null = "UN") =>
    api.claims.create({ articleId: story.articleId, versionId: story.versionId, anchor: passage(story.text, phrase), statement, claimant, kind: "statistic", tags: ["aleppo"] });

  const published = await create("More than 250,000 civilians have been trapped", tricky);
  const source = await api.sources.create({ url: "https://reliefweb.int/report/1", title: "OCHA, situation report", kind: "official_statement" });
  await api.sources.link({ claimId: published.id, sourceId: source.id, stance: "supports", note: "desk note" });
  const { verdictId } = await api.verdicts.propose({ claimId: published.id, rating: "mostly_true", rationale: "OCHA's estimate.", sourceIds: [source.id] });
  const revision = (await db.prisma.claim.findUniqueOrThrow({ where: { id: published.id } })).revision;
  await as(editor).verdicts.approve({ verdictId, claimRevision: revision });

  await create("Washington saying the bombardment", formulaLike, "Washington");
  const deleted = await create("Moscow has dismissed the accusation", "A claim deleted from the article");
  await api.claims.delete({ claimId: deleted.id });
});
afterAll(() => db.close());

describe("who may export", () => {
  it("refuses a signed-out request with 401 and no data, and answers 404 for an unknown article", async () => {
    const slug = await slugOf(story.articleId);
    for (const format of ["csv", "json", "annotations"] as const) {
      const response = await download(null, slug, format);
      expect(response.status).toBe(401);
      const body = await response.text();
      expect(body).not.toContain("250,000");
      expect(body).toContain("Sign in");
    }
    expect((await download(journalist, "no-such-article", "csv")).status).toBe(404);
  });
});

describe("CSV export", () => {
  it("writes a header and one RFC 4180 record per live claim, defusing formula-like cells", async () => {
    const response = await download(journalist, await slugOf(story.articleId), "csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename=".+-claims\.csv"/);
    const text = await response.text();
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...claimsCsvHeader]);
    expect(rows).toHaveLength(2);
    const column = (row: string[], name: (typeof claimsCsvHeader)[number]) => row[claimsCsvHeader.indexOf(name)];

    const published = rows.find((r) => column(r, "statement") === tricky)!;
    expect(published, "the statement with quotes, a comma and a line break reads back whole").toBeDefined();
    expect(column(published, "verdict_status")).toBe("approved");
    expect(column(published, "verdict_rating")).toBe("mostly_true");
    expect(column(published, "verdict_published_at")).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(column(published, "version_outcomes")).toBe("v1 created");
    expect(column(published, "current_quote")).toBe("More than 250,000 civilians have been trapped");
    expect(column(published, "sources")).toBe("supports: OCHA, situation report <https://reliefweb.int/report/1>");

    const formula = rows.find((r) => column(r, "claimant") === "Washington")!;
    expect(column(formula, "statement")).toBe(`'${formulaLike}`);
    expect(column(formula, "verdict_status")).toBe("");
    expect(text).not.toContain("A claim deleted from the article");
  });

  it("gives an article with no claims a file with the header only", async () => {
    const text = await (await download(journalist, await slugOf(empty.articleId), "csv")).text();
    expect(text).toBe(`${claimsCsvHeader.join(",")}\r\n`);
  });
});

describe("JSON export", () => {
  it("lists the live claims with every version's outcome, sources with stance and verdicts", async () => {
    const response = await download(journalist, await slugOf(story.articleId), "json");
    const body = (await response.json()) as { article: { slug: string; currentVersion: number }; claims: Record<string, unknown>[] };
    expect(body.article).toMatchObject({ currentVersion: 1 });
    expect(body.claims).toHaveLength(2);
    const published = body.claims.find((c) => c.statement === tricky)!;
    expect(published.versions).toEqual([expect.objectContaining({ version: 1, outcome: "created", exact: "More than 250,000 civilians have been trapped" })]);
    expect(published.sources).toEqual([expect.objectContaining({ stance: "supports", title: "OCHA, situation report", note: "desk note" })]);
    expect(published.verdicts).toEqual([expect.objectContaining({ status: "approved", rating: "mostly_true" })]);
    expect(JSON.stringify(body)).not.toContain("A claim deleted from the article");
  });

  it("gives an article with no claims an empty list", async () => {
    const body = (await (await download(journalist, await slugOf(empty.articleId), "json")).json()) as { claims: unknown[] };
    expect(body.claims).toEqual([]);
  });
});

describe("workspace Web Annotations", () => {
  it("annotates every live claim of the current version, unpublished ones included", async () => {
    const response = await download(journalist, await slugOf(story.articleId), "annotations");
    expect(response.headers.get("content-type")).toContain("anno.jsonld");
    const collection = (await response.json()) as { total: number; first: { items: { body: { value: string }[] }[] } };
    expect(collection.total).toBe(2);
    expect(collection.first.items.map((a) => a.body[0]!.value).sort()).toEqual([`${formulaLike} (claimed by Washington)`, `${tricky} (claimed by UN)`].sort());
    const none = (await (await download(journalist, await slugOf(empty.articleId), "annotations")).json()) as { total: number; first: { items: unknown[] } };
    expect(none).toMatchObject({ total: 0, first: { items: [] } });
  });
});
