// Walks every procedure of the app router: each must be declared in permissions.ts, and each
// role below its declared access must be refused by the server.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "./generated/prisma/client";
import type { Database } from "./database/open-database";
import { procedureAccess, roleMayAccess } from "./permissions";
import { appRouter } from "./routers/app-router";
import { createTestDatabase } from "./testing/test-database";
import { callerFor, createTestUser } from "./testing/test-users";

const procedurePaths = Object.keys(appRouter._def.procedures).sort();

let db: Database;
const users: Partial<Record<Role, Awaited<ReturnType<typeof createTestUser>>>> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  for (const role of ["journalist", "editor", "admin"] as const) users[role] = await createTestUser(db, role);
});
afterAll(() => db.close());

async function errorCodeOf(role: Role | null, path: string) {
  const caller = callerFor(db, role ? users[role]! : null) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const [namespace, name] = path.split(".") as [string, string];
  try {
    // Inputs are deliberately invalid: an allowed call stops at validation (BAD_REQUEST) or succeeds.
    await caller[namespace]![name]!({ definitelyNotAValidInput: true });
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("permissions table", () => {
  it("declares every procedure, and only existing ones", () => {
    expect(procedurePaths).toEqual(Object.keys(procedureAccess).sort());
  });

  for (const path of procedurePaths) {
    it(`${path} is refused to every role below ${procedureAccess[path]} and served to the rest`, async () => {
      const access = procedureAccess[path]!;
      for (const role of [null, "journalist", "editor", "admin"] as const) {
        const code = await errorCodeOf(role, path);
        if (roleMayAccess(role, access)) {
          expect(["OK", "BAD_REQUEST"], `${role ?? "anonymous"} calling ${path}`).toContain(code);
        } else {
          expect(code, `${role ?? "anonymous"} calling ${path}`).toBe(role ? "FORBIDDEN" : "UNAUTHORIZED");
        }
      }
    });
  }
});
