// Who is making this request: the next-auth cookie's session id, checked against the database.
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { getDatabase } from "../db";
import { resolveSession, type SessionUser } from "./sessions";

const cookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"];

// Memoised per server render: the layout and the page's tRPC caller share one session lookup.
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const token = cookieNames.map((name) => jar.get(name)?.value).find(Boolean);
  const secret = process.env.NEXTAUTH_SECRET;
  if (!token || !secret) return null;
  const payload = await decode({ token, secret }).catch(() => null);
  const sessionId = typeof payload?.sid === "string" ? payload.sid : undefined;
  return resolveSession((await getDatabase()).prisma, sessionId);
});
