// The tRPC context of a real request: the database and the signed-in user (if any).
import { getCurrentUser } from "./auth/current-user";
import { getDatabase } from "./db";
import { createContextInner } from "./trpc";

export async function createRequestContext() {
  const [db, user] = await Promise.all([getDatabase(), getCurrentUser()]);
  return createContextInner({ db, user });
}
