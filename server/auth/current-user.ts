// Who is making this request: the next-auth cookie's session id, checked against the database.
import { cookies } from "next/headers";
import { cache } from "react";
import { getDatabase } from "../db";
import { sessionIdOf, sessionTokenOf } from "./session-cookie";
import { resolveSession, type SessionUser } from "./sessions";

// Memoised per server render: the layout and the page's tRPC caller share one session lookup.
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const sessionId = await sessionIdOf(sessionTokenOf(await cookies(), process.env.NEXTAUTH_URL), process.env.NEXTAUTH_SECRET);
  return sessionId ? resolveSession((await getDatabase()).prisma, sessionId) : null;
});
