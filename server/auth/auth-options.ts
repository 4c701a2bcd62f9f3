// next-auth configuration: e-mail + password (Credentials) on JWTs that carry only a session id;
// the session row (server/auth/sessions.ts) is the source of truth on every request.
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDatabase } from "../db";
import { verifyPassword } from "./password";
import { createSession, endSession, sessionLifetimeMs } from "./sessions";
import { assertSignInAllowed, clearFailedSignIns, recordFailedSignIn, SignInThrottled } from "./sign-in-throttle";

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().max(320), password: z.string().max(1024) });

function clientAddress(headers: Record<string, unknown> | undefined) {
  const forwarded = headers?.["x-forwarded-for"];
  return (typeof forwarded === "string" && forwarded.split(",")[0]?.trim()) || "direct";
}

export const authOptions: AuthOptions = {
  session: { strategy: "jwt", maxAge: sessionLifetimeMs / 1000 },
  pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const { prisma } = await getDatabase();
        const address = clientAddress(req.headers);
        try {
          await assertSignInAllowed(prisma, email, address);
        } catch (error) {
          if (error instanceof SignInThrottled) throw new Error(error.message);
          throw error;
        }
        const user = await prisma.user.findUnique({ where: { email } });
        const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
        if (!user || !passwordOk || user.disabledAt) {
          await recordFailedSignIn(prisma, email, address);
          return null;
        }
        await clearFailedSignIns(prisma, email);
        const userAgent = typeof req.headers?.["user-agent"] === "string" ? req.headers["user-agent"] : null;
        const sessionId = await createSession(prisma, user.id, userAgent);
        return { id: user.id, email: user.email, name: user.name, sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "sessionId" in user) token.sid = user.sessionId;
      return token;
    },
    session({ session }) {
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession((await getDatabase()).prisma, token.sid);
    },
  },
};
