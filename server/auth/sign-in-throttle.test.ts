import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { createTestDatabase } from "../testing/test-database";
import { assertSignInAllowed, clearFailedSignIns, recordFailedSignIn, SignInThrottled } from "./sign-in-throttle";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

it("blocks an account after five failures, from any address, until cleared", async () => {
  const email = "target@test.local";
  for (let i = 0; i < 5; i++) {
    await assertSignInAllowed(db.prisma, email, `10.0.0.${i}`);
    await recordFailedSignIn(db.prisma, email, `10.0.0.${i}`);
  }
  await expect(assertSignInAllowed(db.prisma, email, "10.0.0.99")).rejects.toBeInstanceOf(SignInThrottled);
  await expect(assertSignInAllowed(db.prisma, "someone-else@test.local", "10.0.0.99")).resolves.toBeUndefined();
  await clearFailedSignIns(db.prisma, email);
  await expect(assertSignInAllowed(db.prisma, email, "10.0.0.99")).resolves.toBeUndefined();
});

it("blocks an address that tries many accounts", async () => {
  for (let i = 0; i < 30; i++) await recordFailedSignIn(db.prisma, `spray-${i}@test.local`, "198.51.100.7");
  const error = await assertSignInAllowed(db.prisma, "fresh@test.local", "198.51.100.7").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SignInThrottled);
  expect((error as SignInThrottled).message).toMatch(/Try again in 15 minutes/);
});
