// Inputs of the user procedures; the admin forms infer their types from these.
import { z } from "zod";
import { passwordSchema } from "../auth/password";

export const roleSchema = z.enum(["journalist", "editor", "admin"], { error: "Choose journalist, editor or admin." });
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid e-mail address.").max(320));

export const createUserInput = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Enter a name.").max(200, "Use at most 200 characters."),
  role: roleSchema,
  password: passwordSchema,
});

export const setRoleInput = z.object({ userId: z.string().min(1), role: roleSchema });
export const setDisabledInput = z.object({ userId: z.string().min(1), disabled: z.boolean() });
export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(1024),
  newPassword: passwordSchema,
  endOtherSessions: z.boolean().default(true),
});

export type CreateUserInput = z.infer<typeof createUserInput>;
