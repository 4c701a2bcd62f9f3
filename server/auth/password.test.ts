import { describe, expect, it } from "vitest";
import { hashPassword, passwordSchema, verifyPassword } from "./password";

describe("passwordSchema", () => {
  it("refuses short, overlong and common passwords with a readable message", () => {
    expect(passwordSchema.safeParse("short").error?.issues[0]?.message).toBe("Use at least 8 characters.");
    expect(passwordSchema.safeParse("x".repeat(129)).error?.issues[0]?.message).toBe("Use at most 128 characters.");
    expect(passwordSchema.safeParse("Password123").success).toBe(false);
    expect(passwordSchema.safeParse("iloveyou").success).toBe(false);
  });

  it("accepts long passphrases", () => {
    expect(passwordSchema.safeParse("correct horse battery staple ".repeat(3).trim()).success).toBe(true);
  });
});

describe("hashPassword", () => {
  it("salts every hash and verifies only the right password", async () => {
    const a = await hashPassword("a long enough secret");
    const b = await hashPassword("a long enough secret");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(a, "a long enough secret")).toBe(true);
    expect(await verifyPassword(a, "a long enough secreT")).toBe(false);
    expect(await verifyPassword(null, "a long enough secret")).toBe(false);
  });
});
