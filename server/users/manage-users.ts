// Admin operations on accounts. The last active admin can be neither demoted nor disabled:
// an advisory lock serialises these checks so two admins cannot demote each other at once.
import { Prisma, type PrismaClient, type Role } from "../generated/prisma/client";
import { hashPassword } from "../auth/password";
import { recordActivity } from "../activity/record-activity";
import { conflict, invalid, notFound } from "../errors";
import type { CreateUserInput } from "./user-schemas";

export const userListSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

export function listUsers(prisma: PrismaClient) {
  return prisma.user.findMany({ select: userListSelect, orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }] });
}

export async function createUser(prisma: PrismaClient, actorId: string, input: CreateUserInput) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: userListSelect,
      });
      await recordActivity(tx, actorId, { kind: "user.created", subjectId: user.id, data: { email: user.email, role: user.role } });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw invalid("A user with this e-mail already exists.", "email");
    }
    throw error;
  }
}

async function lockAdmins(tx: Prisma.TransactionClient) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7270737)`;
}

async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, userId: string, action: string) {
  const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw conflict(`You cannot ${action} the last active admin.`);
}

export function setUserRole(prisma: PrismaClient, actorId: string, userId: string, role: Role) {
  return prisma.$transaction(async (tx) => {
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw notFound("The user");
    if (user.role === role) return { id: user.id, role };
    if (user.role === "admin" && !user.disabledAt) await assertAnotherActiveAdmin(tx, userId, "demote");
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordActivity(tx, actorId, { kind: "user.role_changed", subjectId: userId, data: { before: user.role, after: role } });
    return { id: user.id, role };
  });
}

export function setUserDisabled(prisma: PrismaClient, actorId: string, userId: string, disabled: boolean) {
  return prisma.$transaction(async (tx) => {
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw notFound("The user");
    if (Boolean(user.disabledAt) === disabled) return { id: userId, disabled };
    if (disabled && user.role === "admin") await assertAnotherActiveAdmin(tx, userId, "disable");
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } });
    const { count } = disabled ? await tx.session.deleteMany({ where: { userId } }) : { count: 0 };
    await recordActivity(tx, actorId, {
      kind: disabled ? "user.disabled" : "user.enabled",
      subjectId: userId,
      data: { endedSessions: count },
    });
    return { id: userId, disabled };
  });
}
