import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveSession } from "../auth/sessions";
import type { Database } from "../database/open-database";
import { createTestDatabase } from "../testing/test-database";
import { trpcErrorOf } from "../testing/trpc-error";
import { callerFor, createTestUser } from "../testing/test-users";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe("user administration", () => {
  it("creates a user, refuses a second one with the same e-mail on the e-mail field", async () => {
    const admin = callerFor(db, await createTestUser(db, "admin"));
    const input = { email: "New.Person@Example.org ", name: "New Person", role: "editor" as const, password: "a sturdy passphrase" };
    const created = await admin.users.create(input);
    expect(created).toMatchObject({ email: "new.person@example.org", role: "editor", disabledAt: null });
    expect(created).not.toHaveProperty("passwordHash");

    const duplicate = await trpcErrorOf(admin.users.create(input));
    expect(duplicate.code).toBe("BAD_REQUEST");
    expect(duplicate.message).toBe("A user with this e-mail already exists.");
    const activity = await db.prisma.activity.findMany({ where: { subjectId: created.id } });
    expect(activity.map((a) => a.kind)).toEqual(["user.created"]);
  });

  it("rejects malformed input with the zod message", async () => {
    const admin = callerFor(db, await createTestUser(db, "admin"));
    const error = await trpcErrorOf(admin.users.create({ email: "nope", name: "", role: "editor", password: "password" }));
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("applies a role change and a disabling to the very next request", async () => {
    const adminUser = await createTestUser(db, "admin");
    const admin = callerFor(db, adminUser);
    const target = await createTestUser(db, "journalist");

    await admin.users.setRole({ userId: target.id, role: "editor" });
    expect((await resolveSession(db.prisma, target.sessionId))?.role).toBe("editor");

    await admin.users.setDisabled({ userId: target.id, disabled: true });
    expect(await resolveSession(db.prisma, target.sessionId)).toBeNull();
    expect(await db.prisma.session.count({ where: { userId: target.id } })).toBe(0);

    await admin.users.setDisabled({ userId: target.id, disabled: false });
    const kinds = (await db.prisma.activity.findMany({ where: { subjectId: target.id }, orderBy: { at: "asc" } })).map((a) => a.kind);
    expect(kinds).toEqual(["user.role_changed", "user.disabled", "user.enabled"]);
  });

  it("never leaves the workspace without an active admin", async () => {
    const isolated = await createTestDatabase();
    try {
      const onlyAdmin = await createTestUser(isolated, "admin");
      const admin = callerFor(isolated, onlyAdmin);
      const demote = await trpcErrorOf(admin.users.setRole({ userId: onlyAdmin.id, role: "editor" }));
      expect([demote.code, demote.message]).toEqual(["CONFLICT", "You cannot demote the last active admin."]);
      const disable = await trpcErrorOf(admin.users.setDisabled({ userId: onlyAdmin.id, disabled: true }));
      expect(disable.message).toBe("You cannot disable the last active admin.");

      const second = await createTestUser(isolated, "admin");
      await admin.users.setRole({ userId: second.id, role: "journalist" });
      const [a, b] = await Promise.allSettled([
        admin.users.setRole({ userId: onlyAdmin.id, role: "editor" }),
        admin.users.setDisabled({ userId: onlyAdmin.id, disabled: true }),
      ]);
      expect([a.status, b.status]).toEqual(["rejected", "rejected"]);
      expect(await isolated.prisma.user.count({ where: { role: "admin", disabledAt: null } })).toBe(1);
    } finally {
      await isolated.close();
    }
  });

  it("refuses unknown users with NOT_FOUND", async () => {
    const admin = callerFor(db, await createTestUser(db, "admin"));
    const error = await trpcErrorOf(admin.users.setRole({ userId: "no-such-user", role: "editor" }));
    expect([error.code, error.message]).toEqual(["NOT_FOUND", "The user was not found."]);
  });
});
