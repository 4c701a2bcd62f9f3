// Every route handler under app/ called as the public, a journalist, an editor, an admin and a
// disabled user: the status each must answer is written out by hand, and a new route.ts without
// an expectation here fails the suite. The request's user and database are the only things
// replaced (Next's cookies do not exist outside a request).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resolveSession, type SessionUser } from "@/server/auth/sessions";
import type { Database } from "@/server/database/open-database";
import { createProcedureScene, type ProcedureScene } from "@/server/testing/procedure-scene";
import { createTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";

const request = vi.hoisted(() => ({ db: null as unknown, user: null as unknown }));
vi.mock("server-only", () => ({}));
vi.mock("@/server/db", () => ({ getDatabase: async () => request.db }));
vi.mock("@/server/auth/current-user", () => ({ getCurrentUser: async () => request.user }));

type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response> | Response;
type RouteModule = Partial<Record<"GET" | "POST", Handler>>;
const routeModules = import.meta.glob<RouteModule>("./**/route.ts");

const callers = ["public", "journalist", "editor", "admin", "disabled"] as const;
type Caller = (typeof callers)[number];
type Statuses = Record<Caller, number>;

const everyone = (status: number): Statuses => ({ public: status, journalist: status, editor: status, admin: status, disabled: status });
const newsroom: Statuses = { public: 401, journalist: 200, editor: 200, admin: 200, disabled: 401 };
const adminsOnly: Statuses = { public: 401, journalist: 403, editor: 403, admin: 200, disabled: 401 };

let db: Database;
let scene: ProcedureScene;
let publishedSlug: string;
let draftSlug: string;
const users = {} as Record<Caller, SessionUser | null>;

type Case = { label: string; method: "GET" | "POST"; url: string; params?: () => Record<string, unknown>; body?: string; headers?: Record<string, string>; expect: Statuses };

/** What each route must answer; the workspace exports and the tRPC endpoint depend on the role. */
const cases: Record<string, Case[]> = {
  "./api/articles/[slug]/claims.csv/route.ts": [{ label: "CSV export", method: "GET", url: "/x", params: () => ({ slug: scene.storySlug }), expect: newsroom }],
  "./api/articles/[slug]/claims.json/route.ts": [{ label: "JSON export", method: "GET", url: "/x", params: () => ({ slug: scene.storySlug }), expect: newsroom }],
  "./api/articles/[slug]/annotations.jsonld/route.ts": [{ label: "annotation export", method: "GET", url: "/x", params: () => ({ slug: scene.storySlug }), expect: newsroom }],
  "./api/trpc/[trpc]/route.ts": [
    { label: "tRPC users.list", method: "GET", url: "/api/trpc/users.list", expect: adminsOnly },
    { label: "tRPC claims.mine", method: "GET", url: "/api/trpc/claims.mine", expect: newsroom },
    { label: "tRPC public.claims", method: "GET", url: "/api/trpc/public.claims", expect: everyone(200) },
    { label: "tRPC malformed JSON", method: "POST", url: "/api/trpc/claims.comment", body: '{"json":{"claimId":', headers: { "content-type": "application/json" }, expect: { ...newsroom, journalist: 400, editor: 400, admin: 400 } },
    { label: "tRPC unknown procedure", method: "GET", url: "/api/trpc/claims.nope", expect: everyone(404) },
  ],
  "./api/auth/[...nextauth]/route.ts": [],
  "./api/internal/public-changes/route.ts": [{ label: "change feed without the process token", method: "GET", url: "/api/internal/public-changes", expect: everyone(404) }],
  "./api/v1/claims/route.ts": [
    { label: "API claims", method: "GET", url: "/api/v1/claims?limit=5", expect: everyone(200) },
    { label: "API claims, bad limit", method: "GET", url: "/api/v1/claims?limit=%00", expect: everyone(400) },
    { label: "API claims, NUL cursor", method: "GET", url: "/api/v1/claims?cursor=%00", expect: everyone(400) },
  ],
  "./api/v1/claims/[slug]/route.ts": [
    { label: "API published claim", method: "GET", url: "/x", params: () => ({ slug: publishedSlug }), expect: everyone(200) },
    { label: "API draft claim", method: "GET", url: "/x", params: () => ({ slug: draftSlug }), expect: everyone(404) },
  ],
  "./api/v1/stories/[slug]/annotations/route.ts": [{ label: "API story annotations", method: "GET", url: "/x", params: () => ({ slug: scene.storySlug }), expect: everyone(200) }],
  "./api/v1/openapi.json/route.ts": [{ label: "OpenAPI", method: "GET", url: "/api/v1/openapi.json", expect: everyone(200) }],
  "./embed/claims/[slug]/route.ts": [
    { label: "embed published", method: "GET", url: "/x", params: () => ({ slug: publishedSlug }), expect: everyone(200) },
    { label: "embed draft", method: "GET", url: "/x", params: () => ({ slug: draftSlug }), expect: everyone(404) },
  ],
  "./feeds/verdicts.atom/route.ts": [{ label: "Atom feed", method: "GET", url: "/feeds/verdicts.atom", expect: everyone(200) }],
  "./feeds/claim-reviews.jsonld/route.ts": [{ label: "ClaimReview feed", method: "GET", url: "/feeds/claim-reviews.jsonld", expect: everyone(200) }],
  "./sitemap.xml/route.ts": [{ label: "sitemap", method: "GET", url: "/sitemap.xml", expect: everyone(200) }],
};

beforeAll(async () => {
  db = await createTestDatabase();
  request.db = db;
  scene = await createProcedureScene(db);
  publishedSlug = (await scene.publishedClaim()).slug;
  draftSlug = (await scene.newClaim("ROUTE-DRAFT-MARKER statement")).slug;
  for (const role of ["journalist", "editor", "admin"] as const) users[role] = await createTestUser(db, role);
  users.public = null;
  const disabled = await createTestUser(db, "admin");
  await db.prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
  users.disabled = await resolveSession(db.prisma, disabled.sessionId);
}, 180_000); // Creating the database alone took 30 s on a busy 2-core machine.
afterAll(async () => {
  await scene.close();
  await db.close();
});

describe("route handlers", () => {
  it("has expectations for every route.ts (the sign-in handler belongs to next-auth and its own tests)", () => {
    expect(Object.keys(routeModules).sort()).toEqual(Object.keys(cases).sort());
  });

  let requests = 0;
  let unauthorizedSuccesses = 0;
  for (const [file, fileCases] of Object.entries(cases)) {
    for (const routeCase of fileCases) {
      it(`${routeCase.label} (${file})`, async () => {
        const handler = (await routeModules[file]!())[routeCase.method]!;
        for (const caller of callers) {
          request.user = users[caller];
          const response = await handler(new Request(`http://localhost${routeCase.url}`, { method: routeCase.method, body: routeCase.body, headers: routeCase.headers }), {
            params: Promise.resolve(routeCase.params?.() ?? {}),
          });
          const body = await response.text();
          requests++;
          if (response.ok && routeCase.expect[caller] >= 400) unauthorizedSuccesses++;
          expect(response.status, `${caller}: ${routeCase.label} answered ${body.slice(0, 200)}`).toBe(routeCase.expect[caller]);
          // Drafts belong in the newsroom's exports, and nowhere a refused or public caller reads.
          if (!response.ok || routeCase.expect.public === 200) expect(body).not.toContain("ROUTE-DRAFT-MARKER");
        }
      });
    }
  }

  afterAll(() => {
    console.log(`route handlers: ${requests} route × caller requests over ${Object.keys(cases).length} route files, ${unauthorizedSuccesses} unauthorized successes`);
  });
});
