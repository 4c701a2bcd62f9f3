// A user changes their own password; by default every other session of theirs ends.
import type { PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { hashPassword, verifyPassword } from "../auth/password";
import type { SessionUser } from "../auth/sessions";
import { invalid, notFound } from "../errors";

export async function changePassword(
  prisma: PrismaClient,
  me: SessionUser,
  input: { currentPassword: string; newPassword: string; endOtherSessions: boolean },
) {
  const user = await prisma.user.findUnique({ where: { id: me.id } });
  if (!user) throw notFound("Your account");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid("Your current password is not correct.", "currentPassword");
  }
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
