// next-auth decides its cookies' flags from the site's address (NEXTAUTH_URL): behind HTTPS they
// must be Secure with the __Host-/__Secure- prefixes, and always HttpOnly and SameSite=Lax.
import NextAuth from "next-auth";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "./auth-options";

// The CSRF route reads no data; the database module is server-only and not needed here.
vi.mock("../db", () => ({ getDatabase: () => Promise.reject(new Error("no database in this test")) }));

/** The Set-Cookie lines of next-auth's own CSRF route, called through its API-route handler. */
async function csrfCookies(siteUrl: string): Promise<string[]> {
  vi.stubEnv("NEXTAUTH_URL", siteUrl);
  const headers = new Map<string, string | string[]>();
  const res = {
    setHeader: (name: string, value: string | string[]) => headers.set(name.toLowerCase(), value),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    status: () => res,
    json: () => res,
    send: () => res,
    end: () => res,
    redirect: () => res,
  };
  const req = { method: "GET", url: "/api/auth/csrf", query: { nextauth: ["csrf"] }, headers: {}, cookies: {}, body: {} };
  await (NextAuth({ ...authOptions, secret: "a-test-secret-of-enough-length" }) as unknown as (req: unknown, res: unknown) => Promise<void>)(req, res);
  return [headers.get("set-cookie") ?? []].flat();
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("auth cookies", () => {
  it("are Secure and prefixed behind HTTPS", async () => {
    const [csrf] = await csrfCookies("https://claims.example.org");
    expect(csrf).toMatch(/^__Host-next-auth\.csrf-token=/);
    expect(csrf).toMatch(/; HttpOnly/);
    expect(csrf).toMatch(/; Secure/);
    expect(csrf).toMatch(/; SameSite=Lax/);
  });

  it("stay HttpOnly and SameSite=Lax over plain HTTP (a local trial)", async () => {
    const [csrf] = await csrfCookies("http://localhost:3000");
    expect(csrf).toMatch(/^next-auth\.csrf-token=/);
    expect(csrf).toMatch(/; HttpOnly/);
    expect(csrf).not.toMatch(/; Secure/);
    expect(csrf).toMatch(/; SameSite=Lax/);
  });
});
