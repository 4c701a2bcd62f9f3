import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { createTestDatabase } from "../testing/test-database";
import { callerFor, createTestUser } from "../testing/test-users";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

it("pages through articles newest first without repeating or skipping one", async () => {
  const api = callerFor(db, await createTestUser(db, "journalist"));
  for (let i = 1; i <= 5; i++) await api.articles.import({ title: `Story ${i}`, publisher: "Wire", text: `Story number ${i}.` });
  const first = await api.articles.list({ limit: 2 });
  const second = await api.articles.list({ limit: 2, cursor: first.nextCursor! });
  const third = await api.articles.list({ limit: 2, cursor: second.nextCursor! });
  expect([...first.items, ...second.items, ...third.items].map((a) => a.title)).toEqual(["Story 5", "Story 4", "Story 3", "Story 2", "Story 1"]);
  expect(third.nextCursor).toBeNull();
  expect(first.items[0]).toMatchObject({ versionCount: 1, claimCount: 0 });
});
