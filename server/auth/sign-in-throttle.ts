// Counts password attempts in PostgreSQL, so every app server sees one count. An attempt is taken
// atomically (INSERT … ON CONFLICT … RETURNING) before the slow password check, so parallel
// attempts cannot all pass a read-then-count; a correct password gives its attempts back.
// Limits and why they do not lock an owner out: docs/decisions/0013-sign-in-throttling.md.
import type { PrismaClient } from "../generated/prisma/client";

export type AttemptLimit = { max: number; windowSeconds: number };

export const attemptLimits = {
  accountFromAddress: { max: 5, windowSeconds: 15 * 60 },
  address: { max: 30, windowSeconds: 15 * 60 },
  account: { max: 100, windowSeconds: 60 * 60 },
  currentPassword: { max: 5, windowSeconds: 15 * 60 },
} satisfies Record<string, AttemptLimit>;

export class TooManyAttempts extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    what = "attempts",
  ) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Too many failed ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

// Takes one attempt on the counter `key`; refuses it when the window already holds `max`.
// A window starts at the first attempt and is not extended by later ones, so a refusal always ends.
export async function takeAttempt(prisma: PrismaClient, key: string, { max, windowSeconds }: AttemptLimit) {
  const [counter] = await prisma.$queryRaw<{ points: number; retryAfterSeconds: number }[]>`
    INSERT INTO "SignInThrottle" AS t ("key", "points", "expire")
    VALUES (${key}, 1, (now() AT TIME ZONE 'UTC') + make_interval(secs => ${windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN t."expire" <= (now() AT TIME ZONE 'UTC') THEN 1 ELSE t."points" + 1 END,
      "expire" = CASE WHEN t."expire" <= (now() AT TIME ZONE 'UTC') THEN EXCLUDED."expire" ELSE t."expire" END
    RETURNING "points", EXTRACT(EPOCH FROM ("expire" - (now() AT TIME ZONE 'UTC')))::float8 AS "retryAfterSeconds"`;
  if (!counter) throw new Error(`the attempt counter ${key} was not written`);
  if (counter.points > max) throw new TooManyAttempts(counter.retryAfterSeconds);
}

export async function forgetAttempts(prisma: PrismaClient, key: string) {
  await prisma.signInThrottle.deleteMany({ where: { key } });
}

async function giveAttemptBack(prisma: PrismaClient, key: string) {
  await prisma.signInThrottle.updateMany({ where: { key, points: { gt: 0 } }, data: { points: { decrement: 1 } } });
}

export type SignInSource = { email: string; address: string; knownDevice: boolean };

const counters = ({ email, address }: SignInSource) => ({
  accountFromAddress: `sign-in:${email}|${address}`,
  address: `sign-in-address:${address}`,
  account: `sign-in-account:${email}`,
});

// Taken in order, stopping at the first refusal: an address refused for one account adds nothing
// to the account's global count. A browser that signed in to the account before skips that count.
export async function takeSignInAttempt(prisma: PrismaClient, source: SignInSource) {
  const keys = counters(source);
  try {
    await takeAttempt(prisma, keys.accountFromAddress, attemptLimits.accountFromAddress);
    await takeAttempt(prisma, keys.address, attemptLimits.address);
    if (!source.knownDevice) await takeAttempt(prisma, keys.account, attemptLimits.account);
  } catch (error) {
    if (error instanceof TooManyAttempts) throw new TooManyAttempts(error.retryAfterSeconds, "sign-ins");
    throw error;
  }
}

export async function signInSucceeded(prisma: PrismaClient, source: SignInSource) {
  const keys = counters(source);
  await Promise.all([
    forgetAttempts(prisma, keys.accountFromAddress),
    giveAttemptBack(prisma, keys.address),
    source.knownDevice ? null : giveAttemptBack(prisma, keys.account),
  ]);
}
