// Server-side sessions behind next-auth's JWT: the token names a row here, and every request
// re-reads that row and its user, so sign-out, disabling and role changes take effect at once.
import { randomBytes } from "node:crypto";
import type { PrismaClient, Role } from "../generated/prisma/client";

export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
const touchIntervalMs = 5 * 60 * 1000;

export type SessionUser = { id: string; email: string; name: string; role: Role; sessionId: string };

export async function createSession(prisma: PrismaClient, userId: string, userAgent?: string | null) {
  const session = await prisma.session.create({
    data: {
      id: randomBytes(32).toString("base64url"),
      userId,
      expiresAt: new Date(Date.now() + sessionLifetimeMs),
      userAgent: userAgent?.slice(0, 500) ?? null,
    },
  });
  return session.id;
}

export async function resolveSession(prisma: PrismaClient, sessionId: string | undefined): Promise<SessionUser | null> {
  if (!sessionId) return null;
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!session || session.expiresAt <= new Date() || session.user.disabledAt) return null;
  if (Date.now() - session.lastSeenAt.getTime() > touchIntervalMs) {
    await prisma.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: new Date() } });
  }
  const { disabledAt: _disabled, ...user } = session.user;
  return { ...user, sessionId };
}

export async function endSession(prisma: PrismaClient, sessionId: string) {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}
