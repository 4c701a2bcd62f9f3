// Checks an e-mail and password for next-auth's Credentials provider: throttled before the slow
// password check, and replacing the session the browser already had.
import type { PrismaClient } from "../generated/prisma/client";
import { verifyPassword } from "./password";
import { createSession, endSession } from "./sessions";
import { signInSucceeded, takeSignInAttempt, type SignInSource } from "./sign-in-throttle";

export type SignInRequest = SignInSource & { password: string; previousSessionId?: string; userAgent?: string | null };

export async function signInWithPassword(prisma: PrismaClient, { password, previousSessionId, userAgent, ...source }: SignInRequest) {
  await takeSignInAttempt(prisma, source);
  const user = await prisma.user.findUnique({ where: { email: source.email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordOk || user.disabledAt) return null;
  await signInSucceeded(prisma, source);
  if (previousSessionId) await endSession(prisma, previousSessionId);
  const sessionId = await createSession(prisma, user.id, userAgent);
  return { id: user.id, email: user.email, name: user.name, sessionId };
}
