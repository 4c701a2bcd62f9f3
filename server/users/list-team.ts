// The newsroom's active members, for assigning claims and filtering by assignee.
import type { PrismaClient } from "../generated/prisma/client";

export function listTeam(prisma: PrismaClient) {
  return prisma.user.findMany({ where: { disabledAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
