import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { createTestDatabase } from "../testing/test-database";
import { createTestUser } from "../testing/test-users";
import { endSession } from "./sessions";
import { checkedSessionToken, SessionEnded } from "./session-token";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

it("puts the new session's id in the token at sign-in", async () => {
  expect(await checkedSessionToken(db.prisma, { email: "a@test.local" }, { sessionId: "new-session" })).toEqual({ email: "a@test.local", sid: "new-session" });
});

it("keeps a token whose session row is live, and refuses one whose row was ended (what /api/auth/session answers)", async () => {
  const user = await createTestUser(db, "journalist");
  await expect(checkedSessionToken(db.prisma, { sid: user.sessionId })).resolves.toEqual({ sid: user.sessionId });
  await endSession(db.prisma, user.sessionId);
  await expect(checkedSessionToken(db.prisma, { sid: user.sessionId })).rejects.toBeInstanceOf(SessionEnded);
  await expect(checkedSessionToken(db.prisma, {})).rejects.toBeInstanceOf(SessionEnded);
});
