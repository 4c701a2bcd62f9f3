// What next-auth's jwt callback does with the token on every read, /api/auth/session included: at
// sign-in it names the new session row; afterwards a token whose row is gone (signed out, revoked,
// replaced by a newer sign-in, user disabled) is refused, and next-auth clears the cookie.
import type { JWT } from "next-auth/jwt";
import type { PrismaClient } from "../generated/prisma/client";
import { resolveSession } from "./sessions";

export class SessionEnded extends Error {
  constructor() {
    super("This session has ended.");
  }
}

export async function checkedSessionToken(prisma: PrismaClient, token: JWT, signedIn?: { sessionId: string }): Promise<JWT> {
  if (signedIn) return { ...token, sid: signedIn.sessionId };
  if (!(await resolveSession(prisma, typeof token.sid === "string" ? token.sid : undefined))) throw new SessionEnded();
  return token;
}
