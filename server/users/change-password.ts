// A user changes their own password; by default every other session of theirs ends. Guesses at the
// current password are throttled per user, as sign-in is: a stolen session must not become a guessing oracle.
import type { PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { hashPassword, verifyPassword } from "../auth/password";
import type { SessionUser } from "../auth/sessions";
import { TooManyAttempts, attemptLimits, forgetAttempts, takeAttempt } from "../auth/sign-in-throttle";
import { invalid, notFound, throttled } from "../errors";

export async function changePassword(
  prisma: PrismaClient,
  me: SessionUser,
  input: { currentPassword: string; newPassword: string; endOtherSessions: boolean },
) {
  const user = await prisma.user.findUnique({ where: { id: me.id } });
  if (!user) throw notFound("Your account");
  const attemptsKey = `current-password:${me.id}`;
  await takeAttempt(prisma, attemptsKey, attemptLimits.currentPassword).catch((error: unknown) => {
    throw error instanceof TooManyAttempts ? throttled(error.message, "currentPassword") : error;
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid("Your current password is not correct.", "currentPassword");
  }
  await forgetAttempts(prisma, attemptsKey);
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: me.id }, data: { passwordHash } });
    const { count } = input.endOtherSessions
      ? await tx.session.deleteMany({ where: { userId: me.id, id: { not: me.sessionId } } })
      : { count: 0 };
    await recordActivity(tx, me.id, { kind: "user.password_changed", subjectId: me.id, data: { endedOtherSessions: count } });
    return { endedOtherSessions: count };
  });
}
