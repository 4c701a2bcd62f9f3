import { afterAll, beforeAll, expect, it } from "vitest";
import { hashPassword } from "../auth/password";
import { createSession, resolveSession } from "../auth/sessions";
import type { Database } from "../database/open-database";
import { createTestDatabase } from "../testing/test-database";
import { callerFor, createTestUser } from "../testing/test-users";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

it("checks the current password, then ends the user's other sessions", async () => {
  const me = await createTestUser(db, "journalist");
  await db.prisma.user.update({ where: { id: me.id }, data: { passwordHash: await hashPassword("the old passphrase") } });
  const otherSession = await createSession(db.prisma, me.id);
  const caller = callerFor(db, me);

  await expect(
    caller.users.changePassword({ currentPassword: "wrong", newPassword: "a brand new passphrase", endOtherSessions: true }),
  ).rejects.toThrow("Your current password is not correct.");
  await expect(
    caller.users.changePassword({ currentPassword: "the old passphrase", newPassword: "password1", endOtherSessions: true }),
  ).rejects.toThrow("This password is too common; choose another.");

  const result = await caller.users.changePassword({
    currentPassword: "the old passphrase",
    newPassword: "a brand new passphrase",
    endOtherSessions: true,
  });
  expect(result).toEqual({ endedOtherSessions: 1 });
  expect(await resolveSession(db.prisma, otherSession)).toBeNull();
  expect(await resolveSession(db.prisma, me.sessionId)).not.toBeNull();
});

it("throttles guesses at the current password: after five wrong ones even the right one waits", async () => {
  const me = await createTestUser(db, "journalist");
  await db.prisma.user.update({ where: { id: me.id }, data: { passwordHash: await hashPassword("the real passphrase") } });
  const caller = callerFor(db, me);
  const change = (currentPassword: string) => caller.users.changePassword({ currentPassword, newPassword: "a brand new passphrase", endOtherSessions: false });
  for (let i = 0; i < 5; i++) await expect(change(`guess ${i}`)).rejects.toThrow("Your current password is not correct.");
  await expect(change("the real passphrase")).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", message: "Too many failed attempts. Try again in 15 minutes." });
});
