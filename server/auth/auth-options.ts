// next-auth configuration: e-mail + password (Credentials) on JWTs that carry only a session id;
// the session row (server/auth/sessions.ts) is the source of truth on every request.
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { z } from "zod";
import { getDatabase } from "../db";
import { clientAddress, trustedProxyHopsFromEnv } from "./client-address";
import { isKnownDevice, knownDeviceMark, knownDeviceMaxAgeSeconds } from "./known-device";
import { knownDeviceCookieName, sessionIdOf, sessionTokenOf, usesSecureCookies } from "./session-cookie";
import { checkedSessionToken, SessionEnded } from "./session-token";
import { endSession, sessionLifetimeMs } from "./sessions";
import { signInWithPassword } from "./sign-in";
import { TooManyAttempts } from "./sign-in-throttle";

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().max(320), password: z.string().max(1024) });

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
        const secret = process.env.NEXTAUTH_SECRET ?? "";
        const authUrl = process.env.NEXTAUTH_URL;
        const jar = await cookies();
        const { prisma } = await getDatabase();
        try {
          const user = await signInWithPassword(prisma, {
            email,
            password,
            address: clientAddress(req.headers, trustedProxyHopsFromEnv()),
            knownDevice: isKnownDevice(jar.get(knownDeviceCookieName(authUrl))?.value, secret, email),
            previousSessionId: await sessionIdOf(sessionTokenOf(jar, authUrl), secret),
            userAgent: typeof req.headers?.["user-agent"] === "string" ? req.headers["user-agent"] : null,
          });
          if (user) {
            jar.set(knownDeviceCookieName(authUrl), knownDeviceMark(secret, email), {
              httpOnly: true,
              sameSite: "lax",
              path: "/",
              secure: usesSecureCookies(authUrl),
              maxAge: knownDeviceMaxAgeSeconds,
            });
          }
          return user;
        } catch (error) {
          // next-auth shows only an Error's message to the form; it must say how long to wait.
          if (error instanceof TooManyAttempts) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const signedIn = user && "sessionId" in user && typeof user.sessionId === "string" ? { sessionId: user.sessionId } : undefined;
      return checkedSessionToken((await getDatabase()).prisma, token, signedIn);
    },
    session({ session }) {
      return session;
    },
  },
  logger: {
    // A read with an ended session (a signed-out tab, a replayed cookie) is expected, not an error.
    error(code, metadata) {
      if (metadata instanceof SessionEnded) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession((await getDatabase()).prisma, token.sid);
    },
  },
};
