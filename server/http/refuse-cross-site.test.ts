import { describe, expect, it } from "vitest";
import { refuseCrossSite } from "./refuse-cross-site";

const site = "claims.example.org";

function post(headers: Record<string, string>, method = "POST") {
  return new Request(`http://127.0.0.1:3000/api/trpc/claims.comment`, { method, headers: { host: site, ...headers } });
}

describe("refuseCrossSite", () => {
  it("lets the app's own JSON requests through, from its pages or from a client without Origin", () => {
    expect(refuseCrossSite(post({ "content-type": "application/json", origin: `https://${site}`, "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(refuseCrossSite(post({ "content-type": "application/json; charset=utf-8" }))).toBeNull();
  });

  it("refuses every body type a cross-site form can send", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream"]) {
      const refused = refuseCrossSite(post({ "content-type": type, origin: `https://${site}` }));
      expect(refused?.status, type).toBe(415);
    }
    expect(refuseCrossSite(post({}))?.status).toBe(415);
  });

  it("refuses JSON from another origin or another site", () => {
    expect(refuseCrossSite(post({ "content-type": "application/json", origin: "https://attacker.example" }))?.status).toBe(403);
    expect(refuseCrossSite(post({ "content-type": "application/json", origin: "null" }))?.status).toBe(403);
    expect(refuseCrossSite(post({ "content-type": "application/json", "sec-fetch-site": "cross-site" }))?.status).toBe(403);
    expect(refuseCrossSite(post({ "content-type": "application/json", "sec-fetch-site": "same-site" }))?.status).toBe(403);
  });

  it("compares with the address a proxy received the request on", () => {
    const behindProxy = post({ "content-type": "application/json", host: "127.0.0.1:3000", "x-forwarded-host": site, origin: `https://${site}` });
    expect(refuseCrossSite(behindProxy)).toBeNull();
  });

  it("leaves reads alone: GET runs queries only", () => {
    expect(refuseCrossSite(post({ origin: "https://attacker.example" }, "GET"))).toBeNull();
  });
});
