// The tRPC endpoint over HTTP (a Request in, a Response out): what a client is told when something
// fails, and how large a batch may be.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../auth/sessions";
import type { Database } from "../database/open-database";
import { createTestDatabase } from "../testing/test-database";
import { createTestUser } from "../testing/test-users";
import { createContextInner } from "../trpc";
import { handleTrpcRequest } from "./handle-trpc-request";
import { maxBatchSize } from "./trpc-batch-size";

let db: Database;
let journalist: SessionUser;

beforeAll(async () => {
  db = await createTestDatabase();
  journalist = await createTestUser(db, "journalist");
});
afterAll(() => db.close());

const prismaText = 'Invalid `prisma.article.findMany()` invocation: column "Article.secretNote" does not exist';

// A Prisma client whose every query fails the way a broken query does.
const failingPrisma = new Proxy({}, { get: () => new Proxy({}, { get: () => () => Promise.reject(new Error(prismaText)) }) });

async function call(path: string, input: unknown, database: Database = db) {
  const url = `http://localhost/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await handleTrpcRequest(new Request(url), async () => createContextInner({ db: database, user: journalist }));
  return { status: response.status, body: await response.json() };
}

describe("error messages", () => {
  it("sends a generic message for an unexpected server error and logs the real one", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { status, body } = await call("articles.list", {}, { ...db, prisma: failingPrisma as Database["prisma"] });
      expect(status).toBe(500);
      expect(body.error.json.data.code).toBe("INTERNAL_SERVER_ERROR");
      expect(body.error.json.message).toBe("Something went wrong on the server. Try again; if it keeps happening, tell an administrator.");
      expect(JSON.stringify(body)).not.toMatch(/prisma|secretNote/i);
      expect(String(logged.mock.calls.flat().map(String))).toContain("secretNote");
    } finally {
      logged.mockRestore();
    }
  });

  it("keeps the readable message of a deliberate error and of invalid input", async () => {
    const missing = await call("claims.details", { claimId: "no-such-claim" });
    expect([missing.status, missing.body.error.json.message]).toEqual([404, "The claim was not found."]);
    const invalid = await call("claims.details", { claimId: "" });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.json.message).not.toMatch(/^\[|"code"/);
  });
});

describe("batching", () => {
  async function batchOf(size: number) {
    const paths = Array(size).fill("articles.list").join(",");
    const input = Object.fromEntries(Array.from({ length: size }, (_, i) => [i, { json: {} }]));
    const url = `http://localhost/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
    return handleTrpcRequest(new Request(url), async () => createContextInner({ db, user: journalist }));
  }

  it(`answers a batch of ${maxBatchSize} calls`, async () => {
    const response = await batchOf(maxBatchSize);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(maxBatchSize);
  });

  it("refuses a larger batch with 400 before running any of it", async () => {
    const response = await batchOf(maxBatchSize + 1);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/Batch call exceeds maximum size/);
  });
});
