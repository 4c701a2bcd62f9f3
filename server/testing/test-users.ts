// Users and request contexts for integration tests that call procedures through the caller.
import type { Role } from "../generated/prisma/client";
import type { Database } from "../database/open-database";
import { createSession, resolveSession, type SessionUser } from "../auth/sessions";
import { createContextInner } from "../trpc";
import { createCallerFactory } from "../trpc";
import { appRouter } from "../routers/app-router";

// A precomputed Argon2 hash: tests that do not sign in need not pay for hashing.
const unusablePasswordHash = "$argon2id$v=19$m=19456,t=2,p=1$dGVzdHNhbHQ$unusable";

export async function createTestUser(db: Database, role: Role, email = `${role}-${Math.random().toString(36).slice(2)}@test.local`): Promise<SessionUser> {
  const user = await db.prisma.user.create({ data: { email, name: `Test ${role}`, role, passwordHash: unusablePasswordHash } });
  const sessionId = await createSession(db.prisma, user.id);
  const sessionUser = await resolveSession(db.prisma, sessionId);
  if (!sessionUser) throw new Error("test session did not resolve");
  return sessionUser;
}

const createCaller = createCallerFactory(appRouter);

export function callerFor(db: Database, user: SessionUser | null) {
  return createCaller(createContextInner({ db, user }));
}
