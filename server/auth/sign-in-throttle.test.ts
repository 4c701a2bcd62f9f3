import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { createTestDatabase } from "../testing/test-database";
import { attemptLimits, TooManyAttempts, takeAttempt, takeSignInAttempt, type SignInSource } from "./sign-in-throttle";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

async function admitted(sources: SignInSource[]) {
  const outcomes = await Promise.allSettled(sources.map((source) => takeSignInAttempt(db.prisma, source)));
  for (const outcome of outcomes) if (outcome.status === "rejected") expect(outcome.reason).toBeInstanceOf(TooManyAttempts);
  return outcomes.filter((outcome) => outcome.status === "fulfilled").length;
}

const many = (make: (i: number) => Omit<SignInSource, "knownDevice">) =>
  Array.from({ length: 200 }, (_, i) => ({ knownDevice: false, ...make(i) }));

it("admits exactly the limit of 200 parallel attempts on one account from one address", async () => {
  expect(await admitted(many(() => ({ email: "pair@test.local", address: "203.0.113.1" })))).toBe(attemptLimits.accountFromAddress.max);
});

it("admits exactly the global limit of 200 parallel attempts on one account from 200 addresses, then only known devices", async () => {
  expect(await admitted(many((i) => ({ email: "global@test.local", address: `10.2.${i >> 8}.${i & 255}` })))).toBe(attemptLimits.account.max);
  expect(await admitted([{ email: "global@test.local", address: "192.0.2.50", knownDevice: false }])).toBe(0);
  expect(await admitted([{ email: "global@test.local", address: "192.0.2.50", knownDevice: true }])).toBe(1);
});

it("admits exactly the limit of 200 parallel attempts from one address on 200 accounts", async () => {
  expect(await admitted(many((i) => ({ email: `spray-${i}@test.local`, address: "198.51.100.7" })))).toBe(attemptLimits.address.max);
});

it("says how long to wait, and admits again once the window has passed", async () => {
  const limit = { max: 1, windowSeconds: 15 * 60 };
  await takeAttempt(db.prisma, "window-test", limit);
  const refusal = await takeAttempt(db.prisma, "window-test", limit).catch((error: unknown) => error);
  expect((refusal as Error).message).toBe("Too many failed attempts. Try again in 15 minutes.");
  await db.prisma.signInThrottle.update({ where: { key: "window-test" }, data: { expire: new Date(Date.now() - 1000) } });
  await expect(takeAttempt(db.prisma, "window-test", limit)).resolves.toBeUndefined();
  expect((await db.prisma.signInThrottle.findUniqueOrThrow({ where: { key: "window-test" } })).points).toBe(1);
});
