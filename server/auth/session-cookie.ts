// The next-auth cookie that carries the session, and the session id inside it. next-auth names its
// cookies "__Secure-…" when NEXTAUTH_URL is https; there only that one counts, since a plain cookie
// can be planted by anything that speaks plain HTTP to the browser under our name.
import { decode } from "next-auth/jwt";

type CookieJar = { get(name: string): { value: string } | undefined };

export const usesSecureCookies = (authUrl: string | undefined) => authUrl?.startsWith("https://") ?? false;

const cookieName = (name: string, authUrl: string | undefined) => (usesSecureCookies(authUrl) ? `__Secure-${name}` : name);

export const sessionCookieName = (authUrl: string | undefined) => cookieName("next-auth.session-token", authUrl);

export const knownDeviceCookieName = (authUrl: string | undefined) => cookieName("claimtrail.known-device", authUrl);

export function sessionTokenOf(jar: CookieJar, authUrl: string | undefined): string | undefined {
  return jar.get(sessionCookieName(authUrl))?.value || undefined;
}

export async function sessionIdOf(token: string | undefined, secret: string | undefined): Promise<string | undefined> {
  if (!token || !secret) return undefined;
  const payload = await decode({ token, secret }).catch(() => null);
  return typeof payload?.sid === "string" ? payload.sid : undefined;
}
