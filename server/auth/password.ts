// Password rules and hashing: Argon2id (salted, deliberately slow) from a maintained native binding.
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters.")
  .max(128, "Use at most 128 characters.")
  .refine((value) => !isCommonPassword(value), "This password is too common; choose another.");

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifies against a real hash even for unknown accounts, so timing does not reveal which e-mails exist.
const unknownAccountHash = hash("no account has this password: timing only");

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  const target = storedHash ?? (await unknownAccountHash);
  try {
    const ok = await verify(target, password);
    return ok && storedHash !== null;
  } catch {
    return false;
  }
}
