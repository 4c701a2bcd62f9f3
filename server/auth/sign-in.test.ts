import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { createTestDatabase } from "../testing/test-database";
import { hashPassword } from "./password";
import { createSession, resolveSession } from "./sessions";
import { signInWithPassword, type SignInRequest } from "./sign-in";
import { attemptLimits, TooManyAttempts, takeSignInAttempt } from "./sign-in-throttle";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

async function createAccount(email: string, password: string) {
  return db.prisma.user.create({ data: { email, name: "Account holder", passwordHash: await hashPassword(password) } });
}

const attempt = (request: Partial<SignInRequest> & Pick<SignInRequest, "email" | "password">): Promise<unknown> =>
  signInWithPassword(db.prisma, { address: "192.0.2.1", knownDevice: false, ...request }).catch((error: unknown) => error);

it("lets at most five of 200 parallel wrong guesses at one account from one address reach the password check", async () => {
  await createAccount("parallel@test.local", "the right passphrase");
  const outcomes = await Promise.all(
    Array.from({ length: 200 }, () => attempt({ email: "parallel@test.local", password: "a wrong guess", address: "203.0.113.9" })),
  );
  const checked = outcomes.filter((outcome) => outcome === null).length;
  expect(checked).toBe(attemptLimits.accountFromAddress.max);
  expect(outcomes.filter((outcome) => outcome instanceof TooManyAttempts)).toHaveLength(200 - checked);
});

it("does not lock the owner out when someone else fails on the account from another address", async () => {
  await createAccount("admin@test.local", "the admin passphrase");
  for (let i = 0; i < 10; i++) await attempt({ email: "admin@test.local", password: `guess ${i}`, address: "198.51.100.66" });
  expect(await attempt({ email: "admin@test.local", password: "guess 11", address: "198.51.100.66" })).toBeInstanceOf(TooManyAttempts);
  expect(await attempt({ email: "admin@test.local", password: "the admin passphrase", address: "192.0.2.10" })).toMatchObject({ email: "admin@test.local" });
});

it("refuses everyone once the account's global limit is spent, except a known device with the right password", async () => {
  await createAccount("spread@test.local", "the spread passphrase");
  for (let i = 0; i < attemptLimits.account.max; i++) {
    await takeSignInAttempt(db.prisma, { email: "spread@test.local", address: `10.1.0.${i}`, knownDevice: false });
  }
  expect(await attempt({ email: "spread@test.local", password: "the spread passphrase", address: "192.0.2.20" })).toBeInstanceOf(TooManyAttempts);
  expect(await attempt({ email: "spread@test.local", password: "wrong", address: "192.0.2.20", knownDevice: true })).toBeNull();
  expect(await attempt({ email: "spread@test.local", password: "the spread passphrase", address: "192.0.2.20", knownDevice: true })).toMatchObject({
    email: "spread@test.local",
  });
});

it("gives a successful attempt back, so signing in often never throttles", async () => {
  await createAccount("often@test.local", "the frequent passphrase");
  for (let i = 0; i < attemptLimits.accountFromAddress.max * 2; i++) {
    expect(await attempt({ email: "often@test.local", password: "the frequent passphrase" })).toMatchObject({ email: "often@test.local" });
  }
});

it("ends the session the browser already had when it signs in again", async () => {
  const user = await createAccount("rotate@test.local", "the rotating passphrase");
  const previousSessionId = await createSession(db.prisma, user.id);
  const signedIn = await attempt({ email: "rotate@test.local", password: "the rotating passphrase", previousSessionId });
  expect(signedIn).toMatchObject({ email: "rotate@test.local" });
  expect(await resolveSession(db.prisma, previousSessionId)).toBeNull();
});
