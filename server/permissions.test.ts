// Calls every procedure of the app router as the public, a journalist, an editor, an admin and a
// disabled user, each with an input that succeeds when the caller is allowed. What each role may
// do is written out below by hand from DESIGN.md's roles, not derived from permissions.ts, so a
// wrong entry or rank there fails here. A procedure without an expectation fails the suite.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveSession, type SessionUser } from "./auth/sessions";
import type { Database } from "./database/open-database";
import { procedureAccess } from "./permissions";
import { appRouter } from "./routers/app-router";
import { createProcedureScene, type ProcedureScene } from "./testing/procedure-scene";
import { createTestDatabase } from "./testing/test-database";
import { callerFor, createTestUser } from "./testing/test-users";

const callers = ["public", "journalist", "editor", "admin", "disabled"] as const;
type Caller = (typeof callers)[number];
type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN";

const anyone: Record<Caller, Outcome> = { public: "ok", journalist: "ok", editor: "ok", admin: "ok", disabled: "ok" };
const signedIn: Record<Caller, Outcome> = { public: "UNAUTHORIZED", journalist: "ok", editor: "ok", admin: "ok", disabled: "UNAUTHORIZED" };
const newsroom: Record<Caller, Outcome> = signedIn;
const editors: Record<Caller, Outcome> = { public: "UNAUTHORIZED", journalist: "FORBIDDEN", editor: "ok", admin: "ok", disabled: "UNAUTHORIZED" };
const admins: Record<Caller, Outcome> = { public: "UNAUTHORIZED", journalist: "FORBIDDEN", editor: "FORBIDDEN", admin: "ok", disabled: "UNAUTHORIZED" };

const expected: Record<string, Record<Caller, Outcome>> = {
  "public.claims": anyone,
  "public.claim": anyone,
  "public.article": anyone,
  "public.verdictEvents": anyone,
  "public.search": anyone,
  "users.me": signedIn,
  "users.changePassword": signedIn,
  "articles.list": newsroom,
  "articles.workspace": newsroom,
  "articles.activity": newsroom,
  "articles.import": newsroom,
  "articles.fetchFromUrl": newsroom,
  "articles.addVersion": newsroom,
  "articles.fetchNewVersion": newsroom,
  "articles.compareVersions": newsroom,
  "articles.watchStatus": newsroom,
  "articles.watch": newsroom,
  "articles.unwatch": newsroom,
  "articles.checkNow": newsroom,
  "claims.details": newsroom,
  "claims.mine": newsroom,
  "claims.create": newsroom,
  "claims.update": newsroom,
  "claims.delete": newsroom,
  "claims.restore": newsroom,
  "claims.merge": newsroom,
  "claims.comment": newsroom,
  "claims.acceptSuggestion": newsroom,
  "claims.dismissSuggestion": newsroom,
  "claims.anchorCandidates": newsroom,
  "claims.correctAnchor": newsroom,
  "claimGroups.similar": newsroom,
  "claimGroups.link": newsroom,
  "claimGroups.unlink": newsroom,
  "claimGroups.show": newsroom,
  "exports.article": newsroom,
  "search.workspace": newsroom,
  "search.team": newsroom,
  "sources.search": newsroom,
  "sources.create": newsroom,
  "sources.link": newsroom,
  "sources.unlink": newsroom,
  "verdicts.propose": newsroom,
  "verdicts.approve": editors,
  "verdicts.requestChanges": editors,
  "verdicts.withdraw": editors,
  "verdicts.confirmStillHolds": editors,
  "verdicts.queue": editors,
  "verdicts.queueCount": editors,
  "users.list": admins,
  "users.create": admins,
  "users.setRole": admins,
  "users.setDisabled": admins,
};

const procedurePaths = Object.keys(appRouter._def.procedures).sort();

let db: Database;
let scene: ProcedureScene;
const users = {} as Record<Caller, SessionUser | null>;

beforeAll(async () => {
  db = await createTestDatabase();
  scene = await createProcedureScene(db);
  for (const role of ["journalist", "editor", "admin"] as const) users[role] = await createTestUser(db, role);
  users.public = null;
  // Disabled with its session row left in place: the request's session lookup must refuse it.
  const disabled = await createTestUser(db, "admin");
  await db.prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
  users.disabled = await resolveSession(db.prisma, disabled.sessionId);
}, 180_000);
afterAll(async () => {
  await scene.close();
  await db.close();
});

type AnyCaller = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome | string> {
  try {
    await call();
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN" ? error.code : `${error.code}: ${error.message}`;
    throw error;
  }
}

const tried: { path: string; caller: Caller; outcome: string }[] = [];

describe("who may call each procedure", () => {
  it("has an expectation for every procedure, and the permissions table declares each one", () => {
    expect(procedurePaths.filter((path) => !expected[path]), "procedures without an expectation in this test").toEqual([]);
    expect(Object.keys(expected).sort()).toEqual(procedurePaths);
    expect(Object.keys(procedureAccess).sort()).toEqual(procedurePaths);
  });

  for (const path of procedurePaths) {
    it(`${path}`, async () => {
      const [namespace, name] = path.split(".") as [string, string];
      for (const caller of callers) {
        const user = users[caller];
        const input = await scene.validInput[path]!(user);
        const procedure = (callerFor(db, user) as unknown as AnyCaller)[namespace]![name]!;
        const outcome = await outcomeOf(() => procedure(input));
        tried.push({ path, caller, outcome });
        expect(outcome, `${caller} calling ${path}`).toBe(expected[path]?.[caller]);
      }
    });
  }

  afterAll(() => {
    const unauthorizedSuccesses = tried.filter((t) => t.outcome === "ok" && expected[t.path]?.[t.caller] !== "ok");
    const refusedAsExpected = tried.filter((t) => t.outcome !== "ok" && t.outcome === expected[t.path]?.[t.caller]).length;
    console.log(
      `permissions: ${tried.length} procedure × role pairs (${procedurePaths.length} procedures × ${callers.length} callers), ` +
        `${refusedAsExpected} refused as expected, ${unauthorizedSuccesses.length} unauthorized successes` +
        unauthorizedSuccesses.map((t) => `\n  ${t.caller} succeeded calling ${t.path}`).join(""),
    );
  });
});
