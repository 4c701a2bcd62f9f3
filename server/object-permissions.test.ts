// Object-level checks behind the role checks: the public never reads drafts, proposals or
// comments; deleted or merged claims and rows of other articles are refused; an editor never
// approves their own verdict; and fields no input declares (state, rating, approver, revision,
// author...) never reach the database, whatever a caller sends.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { SessionUser } from "./auth/sessions";
import type { Database } from "./database/open-database";
import { procedureAccess } from "./permissions";
import { appRouter } from "./routers/app-router";
import { createProcedureScene, type ProcedureScene } from "./testing/procedure-scene";
import { createTestDatabase } from "./testing/test-database";
import { trpcErrorOf } from "./testing/trpc-error";
import { callerFor, createTestUser } from "./testing/test-users";
import { smuggledFields } from "./testing/zod-arbitrary";

type Procedure = { _def: { type: string; inputs: z.ZodType[] } };
const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;
type AnyCaller = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

let db: Database;
let scene: ProcedureScene;
let journalist: SessionUser;
let editor: SessionUser;
let admin: SessionUser;
const as = (user: SessionUser | null) => callerFor(db, user);
const call = (user: SessionUser | null, path: string, input: unknown) => {
  const [namespace, name] = path.split(".") as [string, string];
  return (as(user) as unknown as AnyCaller)[namespace]![name]!(input);
};

beforeAll(async () => {
  db = await createTestDatabase();
  scene = await createProcedureScene(db);
  journalist = await createTestUser(db, "journalist");
  editor = await createTestUser(db, "editor");
  admin = await createTestUser(db, "admin");
}, 180_000); // Creating the database alone took 30 s on a busy 2-core machine.
afterAll(async () => {
  await scene.close();
  await db.close();
});

/** Everything the public procedures answer, as one string to search for private text. */
async function everythingPublic(slugs: string[]) {
  const pub = as(null).public;
  const answers: unknown[] = [await pub.claims({ limit: 100 }), await pub.verdictEvents(), await pub.article({ slug: scene.storySlug })];
  for (const slug of slugs) answers.push(await pub.claim({ slug }));
  return JSON.stringify(answers);
}

describe("the public never sees anything unpublished", () => {
  it("draft claims, proposals, changes requested, comments and rejected rationales stay private", async () => {
    const draft = await scene.newClaim("DRAFT-MARKER statement nobody approved");
    const proposed = await scene.proposedVerdict();
    await as(journalist).claims.update({ claimId: proposed.claimId, revision: proposed.claimRevision, statement: "PROPOSED-MARKER statement", kind: "statistic", claimant: "UN" });
    const sentBack = await scene.proposedVerdict();
    await as(editor).verdicts.requestChanges({ verdictId: sentBack.verdictId, comment: "REVIEW-MARKER comment" });
    const published = await scene.publishedClaim();
    await as(journalist).claims.comment({ claimId: published.claimId, body: "COMMENT-MARKER desk note" });
    await as(journalist).claims.update({ claimId: published.claimId, revision: (await db.prisma.claim.findUniqueOrThrow({ where: { id: published.claimId } })).revision, statement: "EDIT-MARKER unapproved edit", kind: "statistic", claimant: "UN" });

    const slugs = await db.prisma.claim.findMany({ where: { id: { in: [draft.claimId, proposed.claimId, sentBack.claimId] } }, select: { slug: true } });
    for (const { slug } of slugs) expect(await as(null).public.claim({ slug }), slug).toBeNull();
    const everything = await everythingPublic([...slugs.map((s) => s.slug), published.slug]);
    for (const marker of ["DRAFT-MARKER", "PROPOSED-MARKER", "REVIEW-MARKER", "COMMENT-MARKER", "EDIT-MARKER", "@test.local"]) {
      expect(everything, marker).not.toContain(marker);
    }
  });

  it("a claim deleted before publication, and one merged away, are not public", async () => {
    const deleted = await scene.newClaim("DELETED-MARKER statement");
    await as(journalist).claims.delete({ claimId: deleted.claimId });
    const kept = await scene.newClaim();
    const merged = await scene.newClaim("MERGED-MARKER statement");
    await as(journalist).claims.merge({ keepClaimId: kept.claimId, mergeClaimId: merged.claimId });
    expect(await as(null).public.claim({ slug: deleted.slug })).toBeNull();
    expect(await as(null).public.claim({ slug: merged.slug })).toBeNull();
    const everything = await everythingPublic([]);
    expect(everything).not.toContain("DELETED-MARKER");
    expect(everything).not.toContain("MERGED-MARKER");
  });
});

describe("object-level refusals", () => {
  it("nobody approves a verdict they proposed, editor or admin", async () => {
    for (const reviewer of [editor, admin]) {
      const { claimId, sourceId } = await (async () => {
        const { claimId } = await scene.newClaim();
        const source = await as(reviewer).sources.create({ url: `https://example.org/own/${claimId}`, title: "Own source", kind: "dataset" });
        await as(reviewer).sources.link({ claimId, sourceId: source.id, stance: "supports" });
        return { claimId, sourceId: source.id };
      })();
      const { verdictId } = await as(reviewer).verdicts.propose({ claimId, rating: "true", rationale: "Mine.", sourceIds: [sourceId] });
      const { revision } = await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
      expect((await trpcErrorOf(as(reviewer).verdicts.approve({ verdictId, claimRevision: revision }))).code).toBe("FORBIDDEN");
      expect((await db.prisma.verdict.findUniqueOrThrow({ where: { id: verdictId } })).status).toBe("proposed");
    }
  });

  it("every claim procedure refuses a deleted claim, except reading, deleting and restoring it", async () => {
    const claimProcedures: Record<string, (claimId: string) => Promise<unknown>> = {
      "claims.update": async (claimId) => ({ claimId, revision: (await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).revision, statement: "Edited", kind: "other" }),
      "claims.comment": async (claimId) => ({ claimId, body: "Note" }),
      "claims.anchorCandidates": async (claimId) => ({ claimId }),
      "claims.correctAnchor": async (claimId) => ({ claimId, versionId: scene.story.versionId, passage: null }),
      "claims.merge": async (claimId) => ({ keepClaimId: (await scene.newClaim()).claimId, mergeClaimId: claimId }),
      "claimGroups.link": async (claimId) => ({ claimId, otherClaimId: (await scene.newClaim()).claimId }),
      "sources.link": async (claimId) => ({ claimId, sourceId: (await scene.newSource()).id, stance: "supports" }),
      "verdicts.propose": async (claimId) => ({ claimId, rating: "false", rationale: "No.", sourceIds: [] }),
    };
    const outcomes: Record<string, string> = {};
    for (const [path, inputFor] of Object.entries(claimProcedures)) {
      const { claimId } = await scene.newClaim();
      await as(journalist).claims.delete({ claimId });
      const input = await inputFor(claimId);
      outcomes[path] = await call(journalist, path, input).then(
        () => "ok",
        (error: unknown) => (error instanceof TRPCError ? error.code : "thrown"),
      );
    }
    expect(Object.entries(outcomes).filter(([, outcome]) => !["NOT_FOUND", "BAD_REQUEST", "CONFLICT"].includes(outcome))).toEqual([]);

    const { claimId } = await scene.newClaim();
    await as(journalist).claims.delete({ claimId });
    await expect(as(journalist).claims.details({ claimId })).resolves.toBeTruthy();
    await expect(as(journalist).claims.restore({ claimId })).resolves.toEqual({ id: claimId, deleted: false });
  });

  it("a claim merged away cannot be restored", async () => {
    const kept = await scene.newClaim();
    const merged = await scene.newClaim();
    await as(journalist).claims.merge({ keepClaimId: kept.claimId, mergeClaimId: merged.claimId });
    expect((await trpcErrorOf(as(journalist).claims.restore({ claimId: merged.claimId }))).code).toBe("BAD_REQUEST");
  });

  it("a review of a verdict whose claim was deleted is refused", async () => {
    const { claimId, verdictId, claimRevision } = await scene.proposedVerdict();
    await as(journalist).claims.delete({ claimId });
    expect((await trpcErrorOf(as(editor).verdicts.approve({ verdictId, claimRevision: claimRevision + 1 }))).code).toBe("BAD_REQUEST");
    expect((await trpcErrorOf(as(editor).verdicts.requestChanges({ verdictId, comment: "Why?" }))).code).toBe("BAD_REQUEST");
  });

  it("ids of another article's rows are refused", async () => {
    const other = await scene.newArticle();
    const { claimId } = await scene.newClaim();
    const story = scene.story;
    // A version of another article, with the story's article id, and the other way round.
    expect((await trpcErrorOf(as(journalist).claims.create({ articleId: story.articleId, versionId: other.versionId, anchor: { start: 0, end: 9, exact: "Officials" }, statement: "Mixed", kind: "other" }))).code).not.toBe("INTERNAL_SERVER_ERROR");
    expect(await db.prisma.claim.count({ where: { statement: "Mixed" } })).toBe(0);
    const error = await trpcErrorOf(as(journalist).claims.correctAnchor({ claimId, versionId: other.versionId, passage: { start: 0, end: 9, exact: "Officials" } }));
    expect(["BAD_REQUEST", "CONFLICT", "NOT_FOUND"]).toContain(error.code);
  });

  it("a verdict rests only on sources linked to its claim", async () => {
    const { claimId } = await scene.newClaim();
    const linked = await scene.newSource();
    await as(journalist).sources.link({ claimId, sourceId: linked.id, stance: "supports" });
    const unrelated = await scene.newSource();
    const error = await trpcErrorOf(as(journalist).verdicts.propose({ claimId, rating: "true", rationale: "Yes.", sourceIds: [linked.id, unrelated.id] }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(await db.prisma.verdict.count({ where: { claimId } })).toBe(0);
  });
});

describe("fields no input declares never reach the database", () => {
  const mutations = Object.keys(procedures).filter((path) => procedures[path]!._def.type === "mutation").sort();
  const callerFor = (path: string) => (procedureAccess[path] === "admin" ? admin : procedureAccess[path] === "editor" ? editor : journalist);

  it("no mutation's input schema keeps an undeclared key", async () => {
    const kept: string[] = [];
    for (const path of mutations) {
      const [schema] = procedures[path]!._def.inputs;
      const valid = (await scene.validInput[path]!(callerFor(path))) as Record<string, unknown>;
      const parsed = (await schema!.parseAsync({ ...smuggledFields, ...valid })) as Record<string, unknown>;
      for (const key of Object.keys(smuggledFields)) if (key in parsed && !(key in valid)) kept.push(`${path}: ${key}`);
    }
    expect(kept).toEqual([]);
  });

  it("every mutation called with them stores none of them", { timeout: 120_000 }, async () => {
    const since = new Date();
    const outcomes: string[] = [];
    for (const path of mutations) {
      const user = callerFor(path);
      const valid = (await scene.validInput[path]!(user)) as Record<string, unknown>;
      await call(user, path, { ...smuggledFields, ...valid }).then(
        () => outcomes.push(`${path}: ok`),
        (error: unknown) => outcomes.push(`${path}: ${error instanceof TRPCError ? error.code : String(error)}`),
      );
    }
    expect(outcomes.filter((o) => !o.endsWith(": ok"))).toEqual([]);

    const tables = await db.sql.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    const holding: string[] = [];
    for (const { table_name } of tables) {
      const found = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}" t WHERE t::text LIKE '%smuggled%' OR t::text LIKE '%987654%'`);
      if (found[0]!.n > 0) holding.push(table_name);
    }
    expect(holding, "tables holding a smuggled value").toEqual([]);

    const newClaims = await db.prisma.claim.findMany({ where: { createdAt: { gte: since }, createdById: journalist.id } });
    expect(newClaims.length).toBeGreaterThan(0);
    for (const claim of newClaims) expect(claim).toMatchObject({ reviewState: "open", needsRecheck: false, publicVerdictId: null });
    const newVerdicts = await db.prisma.verdict.findMany({ where: { proposedById: journalist.id } });
    expect(newVerdicts.map((v) => v.status)).toEqual(["proposed"]);
    const roles = await db.prisma.user.findMany({ where: { id: { in: [journalist.id, editor.id] } }, select: { role: true } });
    expect(roles.map((r) => r.role).sort()).toEqual(["editor", "journalist"]);
    console.log(`extra fields: ${Object.keys(smuggledFields).length} undeclared fields sent to ${mutations.length} mutations, ${holding.length} tables holding one`);
  });
});
