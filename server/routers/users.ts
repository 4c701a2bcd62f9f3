import { z } from "zod";
import { adminProcedure, router, signedInProcedure } from "../trpc";
import { changePassword } from "../users/change-password";
import { createUser, listUsers, setUserDisabled, setUserRole } from "../users/manage-users";
import { changePasswordInput, createUserInput, setDisabledInput, setRoleInput } from "../users/user-schemas";

export const usersRouter = router({
  me: signedInProcedure.input(z.void()).query(({ ctx }) => {
    const { sessionId: _session, ...me } = ctx.user;
    return me;
  }),
  changePassword: signedInProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx.prisma, ctx.user, input)),
  list: adminProcedure.input(z.void()).query(({ ctx }) => listUsers(ctx.prisma)),
  create: adminProcedure.input(createUserInput).mutation(({ ctx, input }) => createUser(ctx.prisma, ctx.user.id, input)),
  setRole: adminProcedure
    .input(setRoleInput)
    .mutation(({ ctx, input }) => setUserRole(ctx.prisma, ctx.user.id, input.userId, input.role)),
  setDisabled: adminProcedure
    .input(setDisabledInput)
    .mutation(({ ctx, input }) => setUserDisabled(ctx.prisma, ctx.user.id, input.userId, input.disabled)),
});
