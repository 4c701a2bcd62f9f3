// Every procedure of the app router called with inputs generated from its own zod schema, hostile
// values mixed in, as an admin (who reaches every resolver) and as the public. Any answer may be a
// refusal; an INTERNAL_SERVER_ERROR (a 500 over HTTP) fails with the input that caused it.
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { SessionUser } from "../auth/sessions";
import type { Database } from "../database/open-database";
import { createProcedureScene, type ProcedureScene } from "../testing/procedure-scene";
import { createTestDatabase } from "../testing/test-database";
import { trpcErrorOf } from "../testing/trpc-error";
import { callerFor, createTestUser } from "../testing/test-users";
import { arbitraryFor } from "../testing/zod-arbitrary";
import { appRouter } from "./app-router";

const runsPerCaller = 10;
// Each call re-anchors every claim of an article in up to 1,000,000 characters of new text: ten
// calls took 65 s on a busy 2-core machine (load 22), more than the other 49 procedures together.
const fewerRuns: Record<string, number> = { "articles.addVersion": 3 };
const seed = 20_261_202;

type Procedure = { _def: { inputs: z.ZodType[] } };
const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;
const procedurePaths = Object.keys(procedures).sort();

let db: Database;
let scene: ProcedureScene;
let admin: SessionUser;
let pool: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  scene = await createProcedureScene(db);
  admin = await createTestUser(db, "admin");
  // A second admin, so the fuzzed admin may demote or disable anyone, itself included.
  await createTestUser(db, "admin");
  await scene.publishedClaim();
  await scene.proposedVerdict();
  const { prisma } = db;
  const rows = await Promise.all([
    prisma.claim.findMany({ select: { id: true, slug: true }, take: 20 }),
    prisma.article.findMany({ select: { id: true, slug: true } }),
    prisma.articleVersion.findMany({ select: { id: true } }),
    prisma.verdict.findMany({ select: { id: true } }),
    prisma.source.findMany({ select: { id: true }, take: 5 }),
    prisma.suggestion.findMany({ select: { id: true }, take: 5 }),
    prisma.user.findMany({ select: { id: true } }),
  ]);
  pool = rows.flat().flatMap((row) => Object.values(row) as string[]);
}, 180_000); // Creating the database alone took 30 s on a busy 2-core machine.
afterAll(async () => {
  await scene.close();
  await db.close();
});

let inputsTried = 0;
let internalErrors = 0;

async function internalErrorOf(path: string, user: SessionUser | null, input: unknown) {
  const [namespace, name] = path.split(".") as [string, string];
  const caller = callerFor(db, user) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  inputsTried++;
  try {
    await caller[namespace]![name]!(input);
    return null;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code !== "INTERNAL_SERVER_ERROR") return null;
    internalErrors++;
    return error;
  }
}

const shown = (input: unknown) => {
  let text: string;
  try {
    text = fc.stringify(input);
  } catch {
    return "(an input too deeply nested to print)";
  }
  return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} characters)` : text;
};

describe("cases the fuzzing found", () => {
  it("a NUL character in any text is refused as a bad request, not an internal error", async () => {
    const nul = "libero ligula\u0000libero ligula";
    const { claimId } = await scene.newClaim();
    for (const [path, input] of [
      ["sources.search", { query: nul }],
      ["claims.comment", { claimId, body: nul }],
      ["public.claims", { cursor: nul }],
      ["articles.import", { title: "T", publisher: "P", text: nul }],
    ] as const) {
      const [namespace, name] = path.split(".") as [string, string];
      const caller = callerFor(db, admin) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
      expect((await trpcErrorOf(caller[namespace]![name]!(input))).code, path).toBe("BAD_REQUEST");
    }
  });
});

describe("fuzzing every procedure", () => {
  for (const path of procedurePaths) {
    it(`${path} never fails with an internal error`, async () => {
      const [schema] = procedures[path]!._def.inputs;
      const inputs = schema ? arbitraryFor(schema, { pool, urlBase: scene.site.origin }) : arbitraryFor(z.void());
      for (const [who, user] of [["admin", admin], ["public", null]] as const) {
        await fc.assert(
          fc.asyncProperty(inputs, async (input) => {
            const error = await internalErrorOf(path, user, input);
            if (error) throw new Error(`${path} as ${who} with ${shown(input)}: ${error.message}\n${error.cause?.stack ?? ""}`);
          }),
          { numRuns: fewerRuns[path] ?? runsPerCaller, seed, endOnFailure: true },
        );
      }
    }, 90_000);
  }

  afterAll(() => {
    console.log(`fuzz: ${inputsTried} inputs over ${procedurePaths.length} procedures (admin and public, seed ${seed}), ${internalErrors} internal errors`);
  });
});
