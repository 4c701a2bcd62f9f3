import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionIdOf, sessionTokenOf } from "./session-cookie";

const jar = (cookies: Record<string, string>) => ({ get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined) });

describe("sessionTokenOf", () => {
  it("over HTTPS reads only the __Secure- cookie: a plain one may come from an insecure origin", () => {
    expect(sessionTokenOf(jar({ "next-auth.session-token": "planted" }), "https://claims.example.org")).toBeUndefined();
    expect(sessionTokenOf(jar({ "__Secure-next-auth.session-token": "real", "next-auth.session-token": "planted" }), "https://claims.example.org")).toBe("real");
  });

  it("over plain HTTP reads the plain cookie only", () => {
    expect(sessionTokenOf(jar({ "next-auth.session-token": "local" }), "http://localhost:3000")).toBe("local");
    expect(sessionTokenOf(jar({ "__Secure-next-auth.session-token": "other" }), "http://localhost:3000")).toBeUndefined();
  });
});

describe("sessionIdOf", () => {
  it("reads the session id from a token signed with the secret, and nothing from any other", async () => {
    const token = await encode({ token: { sid: "the-session" }, secret: "the secret" });
    expect(await sessionIdOf(token, "the secret")).toBe("the-session");
    expect(await sessionIdOf(token, "another secret")).toBeUndefined();
    expect(await sessionIdOf(undefined, "the secret")).toBeUndefined();
  });
});
