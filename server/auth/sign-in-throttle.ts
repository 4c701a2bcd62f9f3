// Throttles failed sign-ins per account and per client address. Counters live in PostgreSQL
// (rate-limiter-flexible's Prisma store) so every app server sees the same count.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "../generated/prisma/client";

const perAccount = { points: 5, duration: 15 * 60 };
const perAddress = { points: 30, duration: 15 * 60 };

export class SignInThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
  }
}

function limiters(prisma: PrismaClient) {
  const common = { storeClient: prisma, tableName: "signInThrottle", clearExpiredByTimeout: false };
  return {
    account: new RateLimiterPrisma({ ...common, keyPrefix: "account", ...perAccount }),
    address: new RateLimiterPrisma({ ...common, keyPrefix: "address", ...perAddress }),
  };
}

export async function assertSignInAllowed(prisma: PrismaClient, email: string, address: string) {
  const { account, address: byAddress } = limiters(prisma);
  const [a, b] = await Promise.all([account.get(email), byAddress.get(address)]);
  const blocked = [a && a.consumedPoints >= perAccount.points ? a : null, b && b.consumedPoints >= perAddress.points ? b : null]
    .filter((res): res is RateLimiterRes => res !== null)
    .map((res) => res.msBeforeNext);
  if (blocked.length > 0) throw new SignInThrottled(Math.max(...blocked) / 1000);
}

export async function recordFailedSignIn(prisma: PrismaClient, email: string, address: string) {
  const { account, address: byAddress } = limiters(prisma);
  await Promise.all([account.penalty(email, 1), byAddress.penalty(address, 1)]);
}

export async function clearFailedSignIns(prisma: PrismaClient, email: string) {
  await limiters(prisma).account.delete(email);
}
